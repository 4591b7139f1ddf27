package org.binder4j.bench.harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM's link to the harness that started it: reads commands from standard input, and exits the
 * JVM when standard input ends, so that no child outlives a harness that was killed.
 */
public final class ParentLink {
    private static final int EXIT_PARENT_GONE = 3;

    private final LinkedBlockingQueue<String> commands = new LinkedBlockingQueue<>();

    private ParentLink() {}

    /** Starts watching standard input; call first thing in a child's main. */
    public static ParentLink start() {
        ParentLink link = new ParentLink();
        Thread.ofPlatform().daemon(true).name("parent-link").start(link::read);
        return link;
    }

    /**
     * The next command, waiting at most {@code timeoutMs}.
     *
     * @throws IllegalStateException when none came in time
     */
    public String next(long timeoutMs) throws InterruptedException {
        String command = commands.poll(timeoutMs, TimeUnit.MILLISECONDS);
        if (command == null) {
            throw new IllegalStateException("no command from the harness within " + timeoutMs + " ms");
        }
        return command;
    }

    /** Blocks the calling thread for good: servers serve on other threads until the harness ends the JVM. */
    public void blockUntilExit() throws InterruptedException {
        new CountDownLatch(1).await();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                commands.add(line);
            }
        } catch (IOException e) {
            System.err.println("bench child: standard input failed: " + e.getMessage());
        }
        System.exit(EXIT_PARENT_GONE);
    }
}
