package org.binder4j.bench.peer.uds;

import java.nio.file.Path;
import org.binder4j.bench.harness.ChildArgs;
import org.binder4j.bench.harness.ChildProtocol;
import org.binder4j.bench.harness.ParentLink;

/** The raw socket server JVM: a {@link UdsServer} on the Unix socket {@code --socket PATH}. */
public final class UdsServerMain {
    private UdsServerMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink parent = ParentLink.start();
        try (UdsServer server = UdsServer.start(Path.of(ChildArgs.parse(args).get("socket")))) {
            ChildProtocol.say(ChildProtocol.READY);
            parent.blockUntilExit();
        }
    }
}
