package org.binder4j.aidl.java;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.binder4j.aidl.CompilerOptions;
import org.binder4j.aidl.UsageException;
import org.binder4j.aidl.check.CompilationResult;
import org.binder4j.aidl.check.FrontEnd;

/** AIDL files under an include root turned into Java sources, as {@code aidl --lang=java -I root -o ...} would. */
public final class AidlToJava {
    private final Path root;
    private final Map<String, String> sources = new TreeMap<>();

    public AidlToJava(Path root) {
        this.root = root;
    }

    /** Compiles {@code relativePath} with {@code flags}, failing the test on any diagnostic; adds its Java files. */
    public AidlToJava add(String relativePath, String... flags) {
        generate(relativePath, flags).forEach(file -> sources.put(file.relativePath(), file.content()));
        return this;
    }

    /** The Java files added so far: relative path to source text. */
    public Map<String, String> sources() {
        return sources;
    }

    /** The Java files of one AIDL file compiled with {@code flags}. */
    public List<GeneratedFile> generate(String relativePath, String... flags) {
        List<String> args = new ArrayList<>(List.of(flags));
        args.addAll(List.of("-I", root.toString(), root.resolve(relativePath).toString()));
        CompilerOptions options;
        try {
            options = CompilerOptions.parse(args.toArray(String[]::new));
        } catch (UsageException e) {
            throw new IllegalArgumentException(args + ": " + e.getMessage(), e);
        }
        CompilationResult result = new FrontEnd(options.frontEnd()).compile(options.inputFiles().getFirst());
        assertTrue(result.succeeded() && result.diagnostics().isEmpty(),
                () -> relativePath + " " + List.of(flags) + ": " + result.diagnostics());
        return JavaGenerator.render(result.model().orElseThrow(), options.frontEnd().minSdkVersion());
    }
}
