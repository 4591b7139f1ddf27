package org.binder4j.it;

import java.nio.file.Path;
import org.binder4j.internal.daemon.DaemonDriverSession;
import org.binder4j.protocol.DriverSession;

/** Connects to the daemon at args[0], asks to become the context manager, and prints the answer. */
public final class ContextManagerProbeMain {
    static final String ANSWER = "set context manager: ";

    private ContextManagerProbeMain() {}

    public static void main(String[] args) {
        try (DriverSession session = DaemonDriverSession.connect(Path.of(args[0]), "context-manager-probe")) {
            System.out.println(ANSWER + session.becomeContextManager());
        }
    }
}
