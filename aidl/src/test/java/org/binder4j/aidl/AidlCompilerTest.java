package org.binder4j.aidl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.model.Stability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AidlCompilerTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(List<CodeGenerator> generators, String... args) {
        AidlCompiler compiler = new AidlCompiler(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), generators);
        return compiler.run(args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Records what the compiler hands to the generator stage. */
    private static final class RecordingGenerator implements CodeGenerator {
        final List<String> generated = new ArrayList<>();

        @Override
        public String language() {
            return "java";
        }

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
        int status = run(List.of(generator), "--lang=java", "-I", root.toString(), "-o", root.resolve("out").toString(),
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
        int status = run(List.of(generator), "-I" + root, "-o" + root.resolve("out"), bad.toString(),
                root.resolve("p/IGood.aidl").toString());
        assertEquals(1, status);
        assertEquals("ERROR: " + bad + ":3.15-21: oneway method 'count' cannot return a value\n", err());
        assertEquals(List.of("p.IGood -> " + root.resolve("out")), generator.generated,
                "the other files are still compiled");
    }

    @Test
    void withoutAGeneratorTheInputIsOnlyChecked() {
        new AidlFixture(root).file("p/IFoo.aidl", "package p;\ninterface IFoo {}");
        assertEquals(0, run(List.of(), "-o", root.resolve("out").toString(), root.resolve("p/IFoo.aidl").toString()));
        assertTrue(err().contains("NOTE: no code generator for --lang=java is installed"), err());
    }

    @Test
    void aGeneratorFailureIsAnError() {
        new AidlFixture(root).file("p/IFoo.aidl", "package p;\ninterface IFoo {}");
        CodeGenerator failing = new CodeGenerator() {
            @Override
            public String language() {
                return "java";
            }

            @Override
            public void generate(AidlModel model, CompilerOptions options) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertEquals(1, run(List.of(failing), "-o", root.toString(), root.resolve("p/IFoo.aidl").toString()));
        assertTrue(err().contains("could not write the generated code: java.io.IOException: disk full"), err());
    }

    @Test
    void helpPrintsTheOptions() {
        assertEquals(0, run(List.of(), "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--min_sdk_version LEVEL"));
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertEquals(1, run(List.of(), "--frobnicate", "x.aidl"));
        assertTrue(err().startsWith("aidl: unknown option '--frobnicate'\n"), err());
        for (String[] args : List.of(new String[] {"--lang=cpp", "x.aidl"}, new String[] {"--stability", "local"},
                new String[] {"--version", "0", "x.aidl"}, new String[] {"--min_sdk_version=Zebra", "x.aidl"},
                new String[] {"-I"}, new String[] {"--structured"})) {
            err.reset();
            assertEquals(1, run(List.of(), args), String.join(" ", args));
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
}
