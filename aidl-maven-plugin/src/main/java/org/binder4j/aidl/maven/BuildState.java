package org.binder4j.aidl.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the last build saw and wrote, kept in a small text file under the build directory: the options, the
 * content hash of every {@code .aidl} file it could read (inputs and include directories), and the files it
 * generated for each input. A build whose inputs, options and outputs all match a complete state compiles nothing.
 *
 * @param complete whether every input compiled; an incomplete state never makes a build up to date
 * @param options the compiler options, as one line
 * @param hashes the SHA-256 of each {@code .aidl} file, by path
 * @param outputs the generated files of each input, by input path
 */
record BuildState(boolean complete, String options, SortedMap<String, String> hashes,
        SortedMap<String, List<String>> outputs) {
    private static final String HEADER = "binder4j-aidl-state 1";

    BuildState {
        Objects.requireNonNull(options, "options");
        hashes = new TreeMap<>(hashes);
        outputs = new TreeMap<>(outputs);
    }

    /** Whether a build of {@code current} (hashes and options) has nothing to do after this one. */
    boolean upToDateFor(String currentOptions, Map<String, String> currentHashes) {
        return complete && options.equals(currentOptions) && hashes.equals(currentHashes)
                && outputs.values().stream().flatMap(List::stream).allMatch(p -> Files.isRegularFile(Path.of(p)));
    }

    /** The state in {@code file}; empty when there is none or it is not one this version wrote. */
    static Optional<BuildState> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.size() < 3 || !lines.get(0).equals(HEADER)) {
            return Optional.empty();
        }
        boolean complete = lines.get(1).equals("complete\ttrue");
        String options = lines.get(2).substring(lines.get(2).indexOf('\t') + 1);
        SortedMap<String, String> hashes = new TreeMap<>();
        SortedMap<String, List<String>> outputs = new TreeMap<>();
        for (String line : lines.subList(3, lines.size())) {
            String[] fields = line.split("\t", 3);
            if (fields.length != 3) {
                return Optional.empty();
            }
            switch (fields[0]) {
                case "hash" -> hashes.put(fields[2], fields[1]);
                case "output" -> outputs.computeIfAbsent(fields[1], k -> new ArrayList<>()).add(fields[2]);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new BuildState(complete, options, hashes, outputs));
    }

    void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        text.append("complete\t").append(complete).append('\n');
        text.append("options\t").append(options).append('\n');
        hashes.forEach((path, hash) -> text.append("hash\t").append(hash).append('\t').append(path).append('\n'));
        outputs.forEach((input, files) -> files.forEach(
                output -> text.append("output\t").append(input).append('\t').append(output).append('\n')));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
