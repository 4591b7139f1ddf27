package org.binder4j.aidl.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.binder4j.aidl.check.CompilationResult;
import org.binder4j.aidl.check.FrontEnd;
import org.binder4j.aidl.check.FrontEndOptions;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.java.JavaGenerator;

/**
 * One incremental compilation of a source tree. When nothing changed since the last complete build — the content
 * of every {@code .aidl} file of the tree and of the include directories, the options, and the generated files
 * still there — it compiles nothing. Otherwise it compiles every input of the tree: an import can make any file
 * depend on any other, and the generator leaves files whose content is unchanged untouched, so the Java compiler
 * still sees only what really changed. Generated files no input produces any more are deleted.
 */
final class AidlBuild {
    private final Path sourceDir;
    private final Path outputDir;
    private final Path stateFile;
    private final FrontEndOptions options;

    AidlBuild(Path sourceDir, Path outputDir, Path stateFile, FrontEndOptions options) {
        this.sourceDir = sourceDir.toAbsolutePath().normalize();
        this.outputDir = outputDir.toAbsolutePath().normalize();
        this.stateFile = stateFile;
        this.options = options;
    }

    BuildOutcome run() throws IOException {
        List<Path> inputs = aidlFiles(sourceDir);
        SortedMap<String, String> hashes = new TreeMap<>();
        for (Path dir : trackedDirectories()) {
            for (Path file : aidlFiles(dir)) {
                hashes.put(file.toString(), sha256(file));
            }
        }
        String optionsLine = options + " output=" + outputDir;
        Optional<BuildState> previous = BuildState.read(stateFile);
        if (previous.isPresent() && previous.get().upToDateFor(optionsLine, hashes)) {
            return BuildOutcome.nothingToDo();
        }
        FrontEnd frontEnd = new FrontEnd(options);
        SortedMap<String, List<String>> outputs = new TreeMap<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        int failed = 0;
        for (Path input : inputs) {
            CompilationResult result = frontEnd.compile(input);
            if (result.succeeded()) {
                List<Path> written = JavaGenerator.write(result.model().orElseThrow(), options.minSdkVersion(),
                        outputDir);
                outputs.put(input.toString(), written.stream().map(Path::toString).toList());
            } else {
                failed++;
                diagnostics.addAll(result.diagnostics());
                // What it generated last time stays until it compiles again, so it is still tracked.
                previous.map(p -> p.outputs().get(input.toString())).ifPresent(o -> outputs.put(input.toString(), o));
            }
        }
        int deleted = deleteStale(previous, outputs);
        new BuildState(failed == 0, optionsLine, hashes, outputs).write(stateFile);
        return new BuildOutcome(false, inputs.size(), failed, deleted, diagnostics);
    }

    private List<Path> trackedDirectories() {
        List<Path> dirs = new ArrayList<>();
        dirs.add(sourceDir);
        options.includeDirs().stream().map(d -> d.toAbsolutePath().normalize()).filter(d -> !dirs.contains(d))
                .forEach(dirs::add);
        return dirs;
    }

    private static int deleteStale(Optional<BuildState> previous, SortedMap<String, List<String>> outputs)
            throws IOException {
        if (previous.isEmpty()) {
            return 0;
        }
        Set<String> kept = new HashSet<>();
        outputs.values().forEach(kept::addAll);
        int deleted = 0;
        for (List<String> files : previous.get().outputs().values()) {
            for (String file : files) {
                if (!kept.contains(file) && Files.deleteIfExists(Path.of(file))) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** The {@code .aidl} files under {@code dir}, sorted; none when it does not exist. */
    private static List<Path> aidlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".aidl") && Files.isRegularFile(f))
                    .map(f -> f.toAbsolutePath().normalize()).sorted().toList();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
