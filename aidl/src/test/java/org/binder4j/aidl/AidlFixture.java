package org.binder4j.aidl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.aidl.check.CompilationResult;
import org.binder4j.aidl.check.FrontEnd;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.TypeDeclaration;

/**
 * AIDL sources written under a directory (a test's {@code @TempDir}), compiled with AOSP-style flags; the directory
 * is the include root. Assertions print every diagnostic when they fail.
 */
public final class AidlFixture {
    private final Path root;

    public AidlFixture(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Writes {@code text} to {@code relativePath} under the root. */
    public AidlFixture file(String relativePath, String text) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Compiles {@code relativePath} with {@code -I root} and {@code flags}. */
    public CompilationResult compile(String relativePath, String... flags) {
        List<String> args = new ArrayList<>(List.of(flags));
        args.add("-I" + root);
        args.add(root.resolve(relativePath).toString());
        try {
            CompilerOptions options = CompilerOptions.parse(args.toArray(String[]::new));
            return new FrontEnd(options.frontEnd()).compile(options.inputFiles().getFirst());
        } catch (UsageException e) {
            throw new IllegalArgumentException("bad test flags " + args + ": " + e.getMessage(), e);
        }
    }

    /** Compiles and expects success; returns the model. */
    public AidlModel accept(String relativePath, String... flags) {
        CompilationResult result = compile(relativePath, flags);
        assertTrue(result.succeeded(), () -> relativePath + " should compile, got " + result.diagnostics());
        return result.model().orElseThrow();
    }

    /** Compiles and expects success; returns the file's only declaration. */
    public TypeDeclaration acceptType(String relativePath, String... flags) {
        AidlModel model = accept(relativePath, flags);
        assertEquals(1, model.types().size(), () -> "declarations of " + relativePath + ": " + model.types());
        return model.types().getFirst();
    }

    /** Compiles, expects failure, and returns the first diagnostic (the one that decides the verdict). */
    public Diagnostic reject(String relativePath, String... flags) {
        CompilationResult result = compile(relativePath, flags);
        assertTrue(!result.succeeded(), () -> relativePath + " should be rejected but compiled");
        return result.diagnostics().getFirst();
    }

    /** Asserts a diagnostic's code, line and message fragment, showing everything on failure. */
    public static void assertDiagnostic(Diagnostic actual, DiagnosticCode code, int line, String fragment) {
        assertEquals(code, actual.code(), () -> "code of " + actual);
        assertEquals(line, actual.location().beginLine(), () -> "line of " + actual);
        assertTrue(actual.message().contains(fragment), () -> "message of " + actual + " should contain: " + fragment);
    }
}
