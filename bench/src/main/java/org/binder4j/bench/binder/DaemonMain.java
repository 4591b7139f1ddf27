package org.binder4j.bench.binder;

import org.binder4j.bench.harness.ParentLink;
import org.binder4j.cli.Main;

/**
 * {@code binder4j daemon} in a JVM that also exits when its harness is gone (standard input closed), so
 * that a killed harness leaves no daemon behind. Arguments are those of {@code binder4j}.
 */
public final class DaemonMain {
    private DaemonMain() {}

    public static void main(String[] args) throws Exception {
        ParentLink.start();
        Main.main(args);
    }
}
