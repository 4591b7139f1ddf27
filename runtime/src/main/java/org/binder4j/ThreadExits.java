package org.binder4j;

import java.lang.ref.Cleaner;
import org.binder4j.protocol.DriverThread;

/** Closes a thread's driver channel (BINDER_THREAD_EXIT) once the Java thread is gone. */
final class ThreadExits {
    private static final Cleaner CLEANER = Cleaner.create();

    private ThreadExits() {}

    static void closeWhenGone(Thread thread, DriverThread channel) {
        CLEANER.register(thread, channel::close);
    }
}
