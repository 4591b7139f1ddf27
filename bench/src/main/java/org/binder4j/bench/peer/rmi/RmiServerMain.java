package org.binder4j.bench.peer.rmi;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.rmi.Remote;
import java.util.Base64;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/**
 * The RMI server JVM: exports {@link RmiBench} on loopback and prints its serialized stub (Base64) as
 * its endpoint, so clients need no registry and no fixed port.
 */
public final class RmiServerMain {
    /** Held strongly: RMI alone keeps an exported object only while clients hold references to it. */
    private static RmiBench service;

    private RmiServerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink parent = ParentLink.start();
        service = new RmiBench() {
            @Override
            public int add(int value) {
                return value + 1;
            }

            @Override
            public byte[] echo(byte[] payload) {
                return payload;
            }

            @Override
            public Remote repeat(Remote object) {
                return object;
            }
        };
        Remote stub = LoopbackSockets.export(service);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(stub);
        }
        ChildProtocol.say(ChildProtocol.READY + " " + Base64.getEncoder().encodeToString(bytes.toByteArray()));
        parent.blockUntilExit();
    }
}
