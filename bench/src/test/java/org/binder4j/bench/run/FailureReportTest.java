package org.binder4j.bench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.LoadMode;
import org.binder4j.bench.LoadSpec;
import org.binder4j.bench.SystemId;
import org.binder4j.bench.SystemUnderTest;
import org.binder4j.bench.harness.ChildProtocol;
import org.junit.jupiter.api.Test;

/** A process that fails says which system and role it was, and shows what it printed last. */
class FailureReportTest {

    /** A server that cannot start. */
    public static final class FailingServer {
        public static void main(String[] args) {
            System.err.println("cannot listen on " + args[1] + ": boom");
            System.exit(1);
        }
    }

    @Test
    void aServerThatDoesNotStartIsNamedWithItsLastOutput() throws Exception {
        try (ChildLauncher launcher = new ChildLauncher(WorkDir.create())) {
            ServerSide side = new ServerSide(launcher, new SystemUnderTest(SystemId.GRPC_UDS, ""));
            BenchException e = assertThrows(BenchException.class,
                    () -> side.start("server", ChildProtocol.READY, FailingServer.class.getName(), "--socket", "/x.sock"));
            assertTrue(e.getMessage().matches("(?s)grpc-uds server did not start \\(pid \\d+, exited\\)\n"
                    + "  last output:\n  \\| cannot listen on /x.sock: boom"), e.getMessage());
            side.close();
            assertEquals(0, launcher.runningCount());
        }
    }

    @Test
    void aClientThatCannotConnectFailsItsRunAndSaysWhy() throws Exception {
        try (ChildLauncher launcher = new ChildLauncher(WorkDir.create())) {
            String socket = launcher.workDir().socket("nobody").toString();
            SystemUnderTest uds = new SystemUnderTest(SystemId.UDS_RAW, "");
            try (ClientProcess client = ClientProcess.start(launcher, uds, socket, 0)) {
                client.awaitConnected();
                client.startRun(new LoadSpec(BenchCase.SMALL, 1, LoadMode.CLOSED_LOOP, 0, 100, 100));
                BenchException e = assertThrows(BenchException.class, () -> client.awaitWarmedUp(Duration.ofSeconds(60)));
                assertTrue(e.getMessage().startsWith("uds-raw client failed to warm up: java.io.IOException: cannot connect"
                        + " to the uds-raw server at " + socket + ": "), e.getMessage());
                assertTrue(e.getMessage().contains("  last output:\n"), e.getMessage());
            }
            assertEquals(0, launcher.runningCount());
        }
    }
}
