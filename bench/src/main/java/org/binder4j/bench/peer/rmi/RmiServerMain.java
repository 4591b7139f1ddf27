package org.binder4j.bench.peer.rmi;

import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/** The RMI server JVM: an {@link RmiServer}, its stub printed as its endpoint. */
public final class RmiServerMain {
    private RmiServerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink parent = ParentLink.start();
        try (RmiServer server = RmiServer.export()) {
            ChildProtocol.say(ChildProtocol.READY + " " + server.endpoint());
            parent.blockUntilExit();
        }
    }
}
