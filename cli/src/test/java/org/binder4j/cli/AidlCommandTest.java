package org.binder4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code binder4j aidl}: AOSP's flags in, Java out, the compiler's exit status and messages. */
class AidlCommandTest {
    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) throws Exception {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path aidl(String relativePath, String text) throws IOException {
        Path file = root.resolve("aidl").resolve(relativePath);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void compilesWithAospFlags() throws Exception {
        aidl("com/example/Point.aidl", "package com.example;\nparcelable Point { int x; int y; }\n");
        Path service = aidl("com/example/IService.aidl", """
                package com.example;
                import com.example.Point;
                interface IService { Point where(); }
                """);
        Path gen = root.resolve("gen");
        assertEquals(0, run("aidl", "--lang=java", "-I", root.resolve("aidl").toString(), "-o", gen.toString(),
                "--version", "2", "--hash", "abc", service.toString()), err.toString(StandardCharsets.UTF_8));
        String java = Files.readString(gen.resolve("com/example/IService.java"));
        assertTrue(java.contains("public static final int VERSION = 2;"), java);
        assertTrue(java.contains("public com.example.Point where() throws org.binder4j.RemoteException;"), java);
    }

    @Test
    void errorsNameTheFileAndLineAndExitOne() throws Exception {
        Path bad = aidl("com/example/IBad.aidl", "package com.example;\ninterface IBad {\n    oneway int f();\n}\n");
        assertEquals(1, run("aidl", "-I", root.resolve("aidl").toString(), "-o", root.resolve("gen").toString(),
                bad.toString()));
        assertEquals("ERROR: " + bad + ":3.15-17: oneway method 'f' cannot return a value\n",
                err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(root.resolve("gen")), "nothing is written for a rejected file");
    }

    @Test
    void helpShowsTheFlagsAndAnExample() throws Exception {
        assertEquals(0, run("aidl", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("usage: binder4j aidl [OPTIONS] FILE.aidl..."), help);
        assertTrue(help.contains("--structured") && help.contains("--stability vintf") && help.contains("example:"),
                help);
        assertTrue(Main.usage().contains("aidl [OPTIONS] FILE.aidl..."), "listed among the commands");
    }

    @Test
    void aBadFlagIsAUsageError() throws Exception {
        assertEquals(1, run("aidl", "--frobnicate", "x.aidl"));
        assertEquals("binder4j aidl: unknown option '--frobnicate'\nRun 'binder4j aidl --help' for the options.\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
