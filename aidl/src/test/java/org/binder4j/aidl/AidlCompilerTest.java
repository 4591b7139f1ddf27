package org.binder4j.aidl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.binder4j.aidl.check.FrontEndOptions;
import org.binder4j.aidl.java.JavaGenerator;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.Stability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AidlCompilerTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(CodeGenerator generator, String... args) {
        AidlCompiler compiler = new AidlCompiler("aidl", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), generator);
        return compiler.run(args);
    }

    private int run(String... args) {
        return run(new JavaGenerator(), args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Records what the compiler hands to the generator stage. */
    private static final class RecordingGenerator implements CodeGenerator {
        final List<String> generated = new ArrayList<>();

        @Override
        public void generate(AidlModel model, CompilerOptions options) {
            generated.add(model.types().getFirst().canonicalName() + " -> " + options.outputDir().orElseThrow());
        }
    }

    @Test
    void validFilesExitZeroAndReachTheGenerator() {
        new AidlFixture(root).file("p/IFoo.aidl", "package p;\ninterface IFoo { void f(); }")
                .file("p/Bar.aidl", "package p;\nparcelable Bar { int x; }");
        RecordingGenerator generator = new RecordingGenerator();
        int status = run(generator, "--lang=java", "-I", root.toString(), "-o", root.resolve("out").toString(),
                root.resolve("p/IFoo.aidl").toString(), root.resolve("p/Bar.aidl").toString());
        assertEquals(0, status, err());
        assertEquals("", err());
        assertEquals(List.of("p.IFoo -> " + root.resolve("out"), "p.Bar -> " + root.resolve("out")),
                generator.generated);
    }

    @Test
    void errorsArePrintedAospStyleAndExitOne() {
        new AidlFixture(root).file("p/IFoo.aidl", "package p;\ninterface IFoo {\n    oneway int count();\n}")
                .file("p/IGood.aidl", "package p;\ninterface IGood {}");
        RecordingGenerator generator = new RecordingGenerator();
        Path bad = root.resolve("p/IFoo.aidl");
        int status = run(generator, "-I" + root, "-o" + root.resolve("out"), bad.toString(),
                root.resolve("p/IGood.aidl").toString());
        assertEquals(1, status);
        assertEquals("ERROR: " + bad + ":3.15-21: oneway method 'count' cannot return a value\n", err());
        assertEquals(List.of("p.IGood -> " + root.resolve("out")), generator.generated,
                "the other files are still compiled");
    }

    @Test
    void theJavaGeneratorWritesUnderTheOutputDirectory() throws IOException {
        new AidlFixture(root).file("p/IFoo.aidl", "package p;\ninterface IFoo { void f(); }");
        Path out = root.resolve("out");
        assertEquals(0, run("-I", root.toString(), "-o", out.toString(), root.resolve("p/IFoo.aidl").toString()),
                err());
        String java = Files.readString(out.resolve("p/IFoo.java"));
        assertTrue(java.contains("public interface IFoo extends org.binder4j.IInterface"), java);
    }

    @Test
    void withoutAnOutputDirectoryTheInputIsOnlyChecked() throws IOException {
        new AidlFixture(root).file("p/IFoo.aidl", "package p;\ninterface IFoo {}");
        assertEquals(0, run("-I", root.toString(), root.resolve("p/IFoo.aidl").toString()), err());
        try (var files = Files.walk(root)) {
            assertEquals(List.of(root.resolve("p/IFoo.aidl")), files.filter(Files::isRegularFile).toList());
        }
    }

    @Test
    void unchangedFilesAreNotRewritten() throws IOException {
        new AidlFixture(root).file("p/IFoo.aidl", "package p;\ninterface IFoo {}");
        Path out = root.resolve("out");
        String[] args = {"-I", root.toString(), "-o", out.toString(), root.resolve("p/IFoo.aidl").toString()};
        assertEquals(0, run(args), err());
        Path java = out.resolve("p/IFoo.java");
        java.toFile().setLastModified(1_000_000L);
        assertEquals(0, run(args), err());
        assertEquals(1_000_000L, Files.getLastModifiedTime(java).toMillis());
    }

    @Test
    void aGeneratorFailureIsAnError() {
        new AidlFixture(root).file("p/IFoo.aidl", "package p;\ninterface IFoo {}");
        CodeGenerator failing = (model, options) -> {
            throw new IOException("disk full");
        };
        assertEquals(1, run(failing, "-o", root.toString(), root.resolve("p/IFoo.aidl").toString()));
        assertTrue(err().contains("could not write the generated code: java.io.IOException: disk full"), err());
    }

    @Test
    void helpPrintsTheOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--min_sdk_version LEVEL"));
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertEquals(1, run("--frobnicate", "x.aidl"));
        assertTrue(err().startsWith("aidl: unknown option '--frobnicate'\n"), err());
        for (String[] args : List.of(new String[] {"--lang=cpp", "x.aidl"}, new String[] {"--stability", "local"},
                new String[] {"--version", "0", "x.aidl"}, new String[] {"--min_sdk_version=Zebra", "x.aidl"},
                new String[] {"-I"}, new String[] {"--structured"})) {
            err.reset();
            assertEquals(1, run(args), String.join(" ", args));
            assertTrue(err().startsWith("aidl: "), err());
        }
    }

    @Test
    void optionsParseTheAospSpellings() throws UsageException {
        CompilerOptions options = CompilerOptions.parse("--lang", "java", "-Ia", "-I", "b", "--include=c", "--out=o",
                "--structured", "--stability=vintf", "--version", "3", "--hash=abc", "--min_sdk_version", "Tiramisu",
                "x.aidl", "--", "-odd.aidl");
        assertEquals(List.of(Path.of("a"), Path.of("b"), Path.of("c")), options.frontEnd().includeDirs());
        assertEquals(Optional.of(Path.of("o")), options.outputDir());
        assertTrue(options.frontEnd().structured());
        assertEquals(Stability.VINTF, options.frontEnd().stability());
        assertEquals(OptionalInt.of(3), options.frontEnd().version());
        assertEquals(Optional.of("abc"), options.frontEnd().hash());
        assertEquals(33, options.frontEnd().minSdkVersion());
        assertEquals(List.of(Path.of("x.aidl"), Path.of("-odd.aidl")), options.inputFiles());
        assertEquals(10000, CompilerOptions.parse("x.aidl").frontEnd().minSdkVersion(), "the default is current");
        UsageException missing = assertThrows(UsageException.class, () -> CompilerOptions.parse("--hash"));
        assertEquals("option --hash needs a value", missing.getMessage());
    }

    @Test
    void frontEndFlagsParseWithoutInputFilesAndAreCheckedAsOnTheCommandLine() throws UsageException {
        FrontEndOptions options = CompilerOptions.parseFrontEnd("--include=src", "--version=2", "--min_sdk_version=S");
        assertEquals(List.of(Path.of("src")), options.includeDirs());
        assertEquals(OptionalInt.of(2), options.version());
        assertEquals(31, options.minSdkVersion());
        assertEquals("No input file", assertThrows(UsageException.class, CompilerOptions::parse).getMessage());
        assertEquals("Unrecognized stability level: 'system'. Must be vintf.", assertThrows(UsageException.class,
                () -> CompilerOptions.parseFrontEnd("--stability=system")).getMessage());
        assertEquals("Invalid version number: '0'. Version must be a positive natural number.",
                assertThrows(UsageException.class, () -> CompilerOptions.parseFrontEnd("--version=0")).getMessage());
    }
}
