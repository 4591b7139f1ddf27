package org.binder4j.bench.peer.uds;

import java.io.IOException;
import java.nio.file.Path;
import org.binder4j.bench.harness.ChildArgs;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/** The raw socket server JVM: a {@link UdsServer} on the Unix socket {@code --socket PATH}. */
public final class UdsServerMain {
    private UdsServerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink parent = ParentLink.start();
        UdsServer server = UdsServer.start(Path.of(ChildArgs.parse(args).get("socket")));
        // Removes the socket however the JVM ends, even when the harness was killed and cannot.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
        ChildProtocol.say(ChildProtocol.READY);
        parent.blockUntilExit();
    }

    private static void closeQuietly(UdsServer server) {
        try {
            server.close();
        } catch (IOException e) {
            System.err.println("uds-raw server: " + e.getMessage());
        }

    }
}
