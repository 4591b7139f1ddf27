package org.binder4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.binder4j.sys.Fds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A local object's dump: the overridable writer hook, DUMP_TRANSACTION's format, and failures in the hook. */
class BinderDumpTest {
    private ParcelFileDescriptor[] pipe;
    private int openBefore;

    @BeforeEach
    void openPipe() throws IOException {
        openBefore = Fds.countOpen();
        pipe = ParcelFileDescriptor.createPipe();
    }

    @AfterEach
    void closePipe() {
        pipe[0].close();
        pipe[1].close();
        assertEquals(openBefore, Fds.countOpen(), "descriptors left open");
    }

    /** Writes its arguments, one per line; a "boom" argument throws that exception. */
    private static final class Dumping extends Binder {
        private String[] seen;

        @Override
        protected void dump(FileDescriptor fd, PrintWriter writer, String[] args) {
            seen = args;
            for (String arg : args) {
                if (arg.equals("boom")) {
                    throw new IllegalStateException("boom");
                }
                if (arg.equals("denied")) {
                    throw new SecurityException("no dump for you");
                }
                writer.println("arg " + arg);
            }
        }
    }

    private String drain() throws IOException {
        pipe[1].close();
        try (FileInputStream in = new FileInputStream(pipe[0].getFileDescriptor())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            pipe[0].detachFd();
        }
    }

    @Test
    void dumpTransactionCarriesTheDescriptorThenTheArguments() throws Exception {
        Dumping binder = new Dumping();
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        data.writeFileDescriptor(pipe[1].getFd());
        data.writeStringArray(new String[] {"-a", "x"});

        assertTrue(binder.transact(IBinder.DUMP_TRANSACTION, data, reply, 0));

        assertArrayEquals(new String[] {"-a", "x"}, binder.seen);
        assertEquals(4, reply.dataSize(), "a success header only");
        reply.readException();
        data.recycle();
        reply.recycle();
        assertEquals("arg -a\narg x\n", drain());
    }

    @Test
    void theDefaultDumpWritesNothing() throws Exception {
        new Binder().dump(pipe[1].getFileDescriptor(), new String[0]);

        assertEquals("", drain());
    }

    @Test
    void anExceptionInTheHookIsPrintedIntoTheDump() throws Exception {
        new Dumping().dump(pipe[1].getFileDescriptor(), new String[] {"one", "boom"});

        String dumped = drain();
        assertTrue(dumped.startsWith("arg one\n\nException occurred while dumping:\njava.lang.IllegalStateException: boom"),
                dumped);
    }

    @Test
    void aSecurityExceptionIsRethrownAfterSayingSo() throws Exception {
        Dumping binder = new Dumping();

        assertThrows(SecurityException.class, () -> binder.dump(pipe[1].getFileDescriptor(), new String[] {"denied"}));

        assertEquals("Security exception: no dump for you\n", drain());
    }
}
