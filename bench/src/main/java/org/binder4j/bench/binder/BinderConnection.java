package org.binder4j.bench.binder;

import java.time.Duration;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.IBinder;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.BenchConnection;
import org.binder4j.bench.harness.Caller;
import org.binder4j.bench.harness.Payloads;

/** A client of the binder4j server: through the daemon named by {@code BINDER4J_SOCKET}, or any runtime. */
public final class BinderConnection implements BenchConnection {
    private final BinderRuntime runtime;
    private final IBench service;

    /** Connects through the process's default runtime (the daemon). */
    public BinderConnection() throws RemoteException {
        this(BinderRuntime.get());
    }

    /** Looks the server up through {@code runtime}, which {@link #close()} closes. */
    public BinderConnection(BinderRuntime runtime) throws RemoteException {
        this.runtime = runtime;
        IBinder binder = ServiceManager.of(runtime).checkService(IBench.SERVICE_NAME);
        if (binder == null) {
            throw new IllegalStateException("no service '" + IBench.SERVICE_NAME + "' registered with the service manager");
        }
        service = IBench.Stub.asInterface(binder);
    }

    @Override
    public Caller caller(BenchCase operation) throws RemoteException {
        return switch (operation) {
            case SMALL -> new AddCaller(service);
            case ONEWAY -> new PingCaller(service);
            case ECHO_4K, ECHO_64K, ECHO_512K -> new EchoCaller(service, operation.payloadBytes());
            case BINDER_OBJECT -> new RepeatCaller(service);
            default -> throw new IllegalArgumentException("binder4j has no operation " + operation.id());
        };
    }

    @Override
    public void close() {
        runtime.close();
    }

    private static final class AddCaller implements Caller {
        private final IBench service;
        private int value;

        AddCaller(IBench service) {
            this.service = service;
        }

        @Override
        public void call() throws RemoteException {
            int result = service.add(value);
            Payloads.checkIncremented(value, result);
            value = result;
        }
    }

    /**
     * Oneway pings with a window, as a Binder client must pace them: a oneway that finds the receiver's
     * async space (half its receive area) full fails, as on Android, where gRPC gets HTTP/2 flow control.
     * Every {@link #WINDOW_CALLS} pings, a sync call waits until the server is at most that many behind,
     * so at most twice that many (a few hundred KiB of async space) are ever in flight.
     */
    private static final class PingCaller implements Caller {
        private static final int WINDOW_CALLS = 512;
        private static final long WINDOW_WAIT_MS = 10_000;
        private final IBench service;
        private long expected;
        private int sequence;

        PingCaller(IBench service) throws RemoteException {
            this.service = service;
            this.expected = service.awaitPings(0, 0);
        }

        @Override
        public void call() throws RemoteException {
            service.ping(sequence++);
            expected++;
            if (sequence % WINDOW_CALLS == 0) {
                long behind = expected - service.awaitPings(expected - WINDOW_CALLS, WINDOW_WAIT_MS);
                if (behind > WINDOW_CALLS) {
                    throw new IllegalStateException("the server is " + behind + " oneway calls behind after "
                            + WINDOW_WAIT_MS + " ms");
                }
            }
        }

        @Override
        public void awaitDelivered(Duration timeout) throws RemoteException {
            long delivered = service.awaitPings(expected, timeout.toMillis());
            Payloads.checkDelivered(expected, delivered, timeout);
        }
    }

    private static final class EchoCaller implements Caller {
        private final IBench service;
        private final byte[] payload;

        EchoCaller(IBench service, int sizeBytes) {
            this.service = service;
            this.payload = Payloads.pattern(sizeBytes);
        }

        @Override
        public void call() throws RemoteException {
            Payloads.checkEcho(payload, service.echo(payload));
        }
    }

    private static final class RepeatCaller implements Caller {
        private final IBench service;
        private final Binder token = new Binder("org.binder4j.bench.Token");

        RepeatCaller(IBench service) {
            this.service = service;
        }

        @Override
        public void call() throws RemoteException {
            IBinder back = service.repeat(token);
            if (back != token) {
                throw new IllegalStateException("repeat returned " + back + " instead of the object sent, " + token);
            }
        }
    }
}
