package org.binder4j.aidl.behaviour;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The files of a directory tree with one suffix, by path relative to the root. */
final class SourceTree {
    private SourceTree() {}

    static List<String> paths(Path root, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).map(f -> root.relativize(f).toString())
                    .sorted().toList();
        }
    }

    static Map<String, String> read(Path root, String suffix) throws IOException {
        Map<String, String> sources = new TreeMap<>();
        for (String path : paths(root, suffix)) {
            sources.put(path, Files.readString(root.resolve(path)));
        }
        return sources;
    }
}
