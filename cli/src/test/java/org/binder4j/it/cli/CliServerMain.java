package org.binder4j.it.cli;

import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.ParcelFileDescriptor;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.it.TestServerMain;

/**
 * The peer the CLI tests talk to: publishes {@value #ECHO} (an {@link EchoService}) and {@value #HANG}
 * (whose dump never finishes), then prints {@link TestServerMain#READY} and its pid. With an argument,
 * that replaces the names' "cli." prefix, so that a second peer does not take the first one's names.
 */
public final class CliServerMain {
    static final String ECHO = "cli.echo";
    static final String ECHO_DESCRIPTOR = "cli.T";
    static final String HANG = "cli.hang";
    static final String HANG_DESCRIPTOR = "cli.Hang";

    /** Replies the request's bytes as they came, interface token included. */
    static final int VERBATIM = 1;
    /** Replies the request's bytes after the interface token. */
    static final int ARGUMENTS = 2;
    /** Reads a file descriptor; replies int32 the size of its file and its content as a String16. */
    static final int READ_FD = 3;
    /** Blocks until RELEASE (at most a minute); replies nothing. */
    static final int BLOCK = 4;
    /** Releases the BLOCK calls waiting. */
    static final int RELEASE = 5;

    private CliServerMain() {}

    public static void main(String[] args) throws Exception {
        BinderRuntime runtime = BinderRuntime.get();
        runtime.startThreadPool();
        String prefix = args.length > 0 ? args[0] : "cli.";
        ServiceManager.addService(prefix + "echo", new EchoService());
        ServiceManager.addService(prefix + "hang", new HangService());
        System.out.println(TestServerMain.READY + runtime.pid());
        System.out.flush();
        runtime.joinThreadPool();
    }

    /** A sync call with code {@code code} and a request of just the interface token, from a test. */
    static void call(IBinder echo, int code) {
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(ECHO_DESCRIPTOR);
            echo.transact(code, data, reply, 0);
        } catch (RemoteException e) {
            throw new IllegalStateException("call " + code + " to " + ECHO + " failed", e);
        } finally {
            reply.recycle();
            data.recycle();
        }
    }

    /** {@value #ECHO}: answers the codes above; its dump prints its arguments. */
    static final class EchoService extends Binder {
        private volatile CountDownLatch gate = new CountDownLatch(1);

        EchoService() {
            super(ECHO_DESCRIPTOR);
        }

        @Override
        protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
            switch (code) {
                case VERBATIM -> reply.appendFrom(data, 0, data.dataSize());
                case ARGUMENTS -> {
                    data.enforceInterface(ECHO_DESCRIPTOR);
                    reply.appendFrom(data, data.dataPosition(), data.dataSize() - data.dataPosition());
                }
                case READ_FD -> {
                    data.enforceInterface(ECHO_DESCRIPTOR);
                    try (ParcelFileDescriptor fd = data.readFileDescriptor()) {
                        byte[] content = Files.readAllBytes(Path.of("/proc/self/fd/" + fd.getFd()));
                        reply.writeInt(content.length);
                        reply.writeString(new String(content, StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read the descriptor: " + e);
                    }
                }
                case BLOCK -> {
                    try {
                        gate.await(1, TimeUnit.MINUTES);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                case RELEASE -> {
                    gate.countDown();
                    gate = new CountDownLatch(1);
                }
                default -> {
                    return super.onTransact(code, data, reply, flags);
                }
            }
            return true;
        }

        @Override
        protected void dump(FileDescriptor fd, PrintWriter writer, String[] args) {
            writer.println("dump of " + ECHO + ": args " + Arrays.toString(args));
        }
    }

    /** {@value #HANG}: its dump blocks (for a minute), as a stuck service's would. */
    static final class HangService extends Binder {
        HangService() {
            super(HANG_DESCRIPTOR);
        }

        @Override
        protected void dump(FileDescriptor fd, PrintWriter writer, String[] args) {
            try {
                new CountDownLatch(1).await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
