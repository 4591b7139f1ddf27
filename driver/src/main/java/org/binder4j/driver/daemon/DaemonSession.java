package org.binder4j.driver.daemon;

import java.util.ArrayList;
import java.util.List;
import org.binder4j.driver.BinderProc;
import org.binder4j.sys.MappedRegion;

/**
 * A connected process: its binder_proc, its receive area as the daemon maps it (null for a process that
 * asked for none), and its threads.
 */
final class DaemonSession {
    final long token;
    final DaemonConnection connection;
    final BinderProc proc;
    final MappedRegion receiveArea;
    final List<DaemonConnection> threads = new ArrayList<>();

    DaemonSession(long token, DaemonConnection connection, BinderProc proc, MappedRegion receiveArea) {
        this.token = token;
        this.connection = connection;
        this.proc = proc;
        this.receiveArea = receiveArea;
    }
}
