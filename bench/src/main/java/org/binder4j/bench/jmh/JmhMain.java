package org.binder4j.bench.jmh;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code binder4j bench jmh [JMH options]}: the JMH runner over this module's benchmarks, with the GC
 * profiler unless the options name profilers themselves. Each benchmark forks JVMs with native access.
 */
public final class JmhMain {
    private JmhMain() {}

    public static void main(String[] args) throws Exception {
        run(args);
    }

    public static void run(String[] args) throws Exception {
        List<String> options = new ArrayList<>(Arrays.asList(args));
        if (!options.contains("-prof") && !options.contains("-h") && !options.contains("-l")) {
            options.addAll(0, List.of("-prof", "gc"));
        }
        org.openjdk.jmh.Main.main(options.toArray(String[]::new));
    }
}
