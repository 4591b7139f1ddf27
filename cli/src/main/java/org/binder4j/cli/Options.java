package org.binder4j.cli;

import java.nio.file.Path;
import org.binder4j.protocol.wire.SocketPaths;

/** The options shared by commands. */
public record Options(Path socket) {

    /**
     * Parses {@code --socket PATH}.
     *
     * @throws IllegalArgumentException naming the bad argument
     */
    public static Options parse(String[] args) {
        Path socket = SocketPaths.resolve();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--socket") && i + 1 < args.length) {
                socket = Path.of(args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
        }
        return new Options(socket);
    }
}
