package org.binder4j.bench.peer.rmi;

import java.io.ByteArrayInputStream;
import java.io.ObjectInputStream;
import java.rmi.Remote;
import java.rmi.RemoteException;
import java.rmi.server.UnicastRemoteObject;
import java.util.Base64;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.harness.BenchConnection;
import org.binder4j.bench.harness.Caller;
import org.binder4j.bench.harness.Payloads;

/** A client of the RMI server, from the stub the server printed. */
public final class RmiConnection implements BenchConnection {
    private final RmiBench service;

    public RmiConnection(String endpoint) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(endpoint)))) {
            service = (RmiBench) in.readObject();
        }
    }

    @Override
    public Caller caller(BenchCase operation) throws RemoteException {
        return switch (operation) {
            case SMALL -> new Caller() {
                private int value;

                @Override
                public void call() throws RemoteException {
                    int result = service.add(value);
                    Payloads.checkIncremented(value, result);
                    value = result;
                }
            };
            case ECHO_4K, ECHO_64K, ECHO_512K -> {
                byte[] payload = Payloads.pattern(operation.payloadBytes());
                yield () -> Payloads.checkEcho(payload, service.echo(payload));
            }
            case BINDER_OBJECT -> new TokenCaller(service);
            default -> throw new IllegalArgumentException("rmi has no operation " + operation.id());
        };
    }

    @Override
    public void close() {}

    /** Passes a remote object exported by this client; RMI hands back a stub equal to it. */
    private static final class TokenCaller implements Caller {
        private final RmiBench service;
        private final RmiToken token = new RmiToken() {};
        private final Remote stub;

        TokenCaller(RmiBench service) throws RemoteException {
            this.service = service;
            this.stub = LoopbackSockets.export(token);
        }

        @Override
        public void call() throws RemoteException {
            Remote back = service.repeat(stub);
            if (!stub.equals(back)) {
                throw new IllegalStateException("repeat returned " + back + " instead of the object sent, " + stub);
            }
        }

        @Override
        public void close() throws RemoteException {
            UnicastRemoteObject.unexportObject(token, true);
        }
    }
}
