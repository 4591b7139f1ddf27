package org.binder4j.cli.doctor;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JDK this command runs on, the {@code java} on PATH, and the JVM options binder4j needs. */
final class JavaChecks {
    static final int REQUIRED_FEATURE = 25;
    private static final Pattern RELEASE_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"(?:1\\.)?(\\d+)");

    private JavaChecks() {}

    static List<Check> run() {
        List<Check> checks = new ArrayList<>();
        checks.add(runningJdk());
        checks.add(javaOnPath());
        checks.add(jvmOptions());
        return checks;
    }

    private static Check runningJdk() {
        Runtime.Version version = Runtime.version();
        String detail = "JDK " + version + " (" + System.getProperty("java.vendor") + ") at " + System.getProperty("java.home");
        if (version.feature() < REQUIRED_FEATURE) {
            return Check.fail("jdk", detail + "; binder4j needs JDK " + REQUIRED_FEATURE + " or later",
                    "install a JDK " + REQUIRED_FEATURE + " and point BINDER4J_JAVA_HOME or JAVA_HOME at it");
        }
        return Check.ok("jdk", detail);
    }

    private static Check javaOnPath() {
        Path java = findOnPath("java");
        String fix = "put the bin directory of a JDK " + REQUIRED_FEATURE + " first on PATH, for your own programs"
                + " (the binder4j launcher finds a JDK by itself)";
        if (java == null) {
            return Check.warn("java on PATH", "no java on PATH", fix);
        }
        Path real;
        try {
            real = java.toRealPath();
        } catch (IOException e) {
            return Check.warn("java on PATH", java + " cannot be resolved: " + e.getMessage(), fix);
        }
        String shown = java.equals(real) ? java.toString() : java + " -> " + real;
        int feature = releaseFeature(real);
        if (feature < 0) {
            return Check.warn("java on PATH", shown + ": its version is unknown (no release file next to it)", fix);
        }
        if (feature < REQUIRED_FEATURE) {
            return Check.warn("java on PATH", shown + " is JDK " + feature + "; binder4j needs " + REQUIRED_FEATURE, fix);
        }
        return Check.ok("java on PATH", shown + " (JDK " + feature + ")");
    }

    private static Check jvmOptions() {
        Module cli = JavaChecks.class.getModule();
        List<String> missing = new ArrayList<>();
        if (!cli.isNativeAccessEnabled()) {
            missing.add("--enable-native-access=ALL-UNNAMED (every binder4j JVM: its system calls go through FFM)");
        }
        if (!Object.class.getModule().isOpen("java.io", cli)) {
            missing.add("--add-opens=java.base/java.io=ALL-UNNAMED (to pass java.io.FileDescriptors, and for"
                    + " IBinder.dump)");
        }
        if (missing.isEmpty()) {
            return Check.ok("jvm options", "native access enabled, java.io open to binder4j");
        }
        return Check.warn("jvm options", "this JVM runs without " + String.join(" and without ", missing),
                "start binder4j JVMs with those options, as the binder4j launcher does");
    }

    /** The major version in the release file of the JDK that {@code java} (resolved) belongs to, or -1. */
    private static int releaseFeature(Path java) {
        Path home = java.getParent() == null ? null : java.getParent().getParent();
        if (home == null) {
            return -1;
        }
        try {
            Matcher m = RELEASE_VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Integer.parseInt(m.group(1)) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    private static Path findOnPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, command);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
