package org.binder4j.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.binder4j.Binder;
import org.binder4j.BinderRuntime;
import org.binder4j.DeadObjectException;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.ServiceManager;
import org.binder4j.StatusCode;
import org.binder4j.cli.JavaProcess;
import org.binder4j.protocol.Errno;
import org.binder4j.sys.Os;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Scenario 60 with the service manager in a process of its own ({@code binder4j servicemanager}) over a
 * daemon started with {@code --no-service-manager}: its death, a successor of the same uid, and the
 * refusal of another uid.
 */
@Timeout(180)
class ServiceManagerProcessTest {
    /** An unprivileged uid that exists everywhere. */
    private static final int OTHER_UID = 65534;

    @Test
    void scenario60_afterTheServiceManagerDiesHandleZeroIsDeadUntilASuccessorOfTheSameUidRegisters() throws Exception {
        try (DaemonWorld world = new DaemonWorld(false)) {
            assertDead(world.openProcess("before-any-manager"), "no context manager yet");

            int first = world.startServiceManager();
            BinderRuntime client = world.openProcess("scenario60");
            assertNotNull(ServiceManager.of(client).checkService("manager"), "the service manager answers on handle 0");
            try (RawProcess raw = RawProcess.connect(world.socket(), "scenario60-raw")) {
                assertEquals(-Errno.EBUSY, raw.session().becomeContextManager(), "while one is registered");
            }
            try (JavaProcess second = JavaProcess.start(world.socket(), null, "servicemanager", "--socket",
                    world.socket().toString())) {
                assertEquals(1, second.awaitExit(DaemonWorld.START_TIMEOUT), "a second service manager gives up");
                assertTrue(second.transcript().contains("cannot become the context manager"), second.transcript());
            }

            world.kill(first);
            Await.until("the service manager is gone from the driver",
                    () -> DriverViews.proc(world.debugView("state"), first).isEmpty());
            assertDead(client, "the service manager died");
            assertDead(world.openProcess("after-the-manager"), "the service manager died");

            // The driver remembers the first context manager's uid: another uid is refused even now.
            boolean otherUidChecked = canRunAsAnotherUid();
            if (otherUidChecked) {
                assertEquals(ContextManagerProbeMain.ANSWER + (-Errno.EPERM), runAsOtherUid(world));
            }

            world.startServiceManager();
            BinderRuntime later = world.openProcess("successor-client");
            ServiceManager.of(later).addService("test.scenario60", new Binder("org.binder4j.it.Later"), false, 8);
            assertNotNull(ServiceManager.of(later).checkService("test.scenario60"), "the successor serves");

            Assumptions.assumeTrue(otherUidChecked, "starting a process under uid " + OTHER_UID
                    + " needs root and setpriv; the refusal of another uid is then only covered by the driver's"
                    + " RawProtocolTest and DeathTest");
        }
    }

    /** A call to handle 0 from {@code process} fails with DEAD_OBJECT. */
    private static void assertDead(BinderRuntime process, String why) {
        IBinder manager = process.getContextObject();
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            DeadObjectException e = assertThrows(DeadObjectException.class,
                    () -> manager.transact(IBinder.PING_TRANSACTION, data, reply, 0), why);
            assertEquals(StatusCode.DEAD_OBJECT, e.status(), why);
        } finally {
            data.recycle();
            reply.recycle();
        }
    }

    private static boolean canRunAsAnotherUid() {
        return Os.geteuid() == 0 && Files.isExecutable(Path.of("/usr/bin/setpriv"));
    }

    /** Runs {@link ContextManagerProbeMain} under {@link #OTHER_UID}; returns its answer line. */
    private static String runAsOtherUid(DaemonWorld world) throws Exception {
        // The world's directory is private to its owner; the other uid must reach the socket in it.
        Files.setPosixFilePermissions(world.directory(), PosixFilePermissions.fromString("rwxr-xr-x"));
        List<String> command = List.of("/usr/bin/setpriv", "--reuid=" + OTHER_UID, "--regid=" + OTHER_UID,
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-cp", System.getProperty("java.class.path"),
                ContextManagerProbeMain.class.getName(), world.socket().toString());
        Path output = Files.createTempFile(world.directory(), "probe", ".out");
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            assertTrue(probe.waitFor(60, TimeUnit.SECONDS), "the probe finished");
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertEquals(0, probe.exitValue(), text);
            return text.lines().filter(line -> line.startsWith(ContextManagerProbeMain.ANSWER)).findFirst()
                    .orElseThrow(() -> new AssertionError("the probe did not answer: " + text));
        } finally {
            probe.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
