package org.binder4j.aidl.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.binder4j.aidl.check.FrontEndOptions;
import org.binder4j.aidl.model.Stability;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AidlBuildTest {
    @TempDir
    Path root;
    private Path src;
    private Path out;
    private Path state;

    @BeforeEach
    void layout() {
        src = root.resolve("src/main/aidl");
        out = root.resolve("target/generated-sources/aidl");
        state = root.resolve("target/aidl-state/generate.state");
    }

    @Test
    void secondBuildOfAnUnchangedTreeCompilesNothingAndLeavesTheOutputAlone() throws IOException {
        write("com/example/IFoo.aidl", "package com.example; interface IFoo { int add(int a, int b); }");
        write("com/example/Point.aidl", "package com.example; parcelable Point { int x; int y; }");

        BuildOutcome first = build(FrontEndOptions.defaults());
        assertEquals(new BuildOutcome(false, 2, 0, 0, List.of()), first);
        Path generated = out.resolve("com/example/IFoo.java");
        Files.setLastModifiedTime(generated, FileTime.fromMillis(1_000_000));

        assertEquals(BuildOutcome.nothingToDo(), build(FrontEndOptions.defaults()));
        assertEquals(FileTime.fromMillis(1_000_000), Files.getLastModifiedTime(generated));
    }

    @Test
    void aTouchedButUnchangedFileCompilesNothing() throws IOException {
        Path file = write("com/example/IFoo.aidl", "package com.example; interface IFoo { void ping(); }");
        build(FrontEndOptions.defaults());
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        assertTrue(build(FrontEndOptions.defaults()).upToDate());
    }

    @Test
    void aChangedFileOrOptionRecompilesTheTree() throws IOException {
        write("com/example/IFoo.aidl", "package com.example; interface IFoo { void ping(); }");
        build(FrontEndOptions.defaults());

        write("com/example/IFoo.aidl", "package com.example; interface IFoo { void ping(); void pong(); }");
        assertEquals(1, build(FrontEndOptions.defaults()).compiledFiles());
        assertTrue(Files.readString(out.resolve("com/example/IFoo.java")).contains("pong"));

        FrontEndOptions versioned = new FrontEndOptions(List.of(src), false, Stability.UNSPECIFIED,
                OptionalInt.of(3), Optional.empty(), FrontEndOptions.SDK_CURRENT);
        assertEquals(1, build(versioned).compiledFiles());
        assertTrue(Files.readString(out.resolve("com/example/IFoo.java")).contains("getInterfaceVersion"));
    }

    @Test
    void aChangeInAnIncludeDirectoryRecompilesTheTree() throws IOException {
        Path include = root.resolve("include");
        Files.createDirectories(include.resolve("com/other"));
        Files.writeString(include.resolve("com/other/Item.aidl"), "package com.other; parcelable Item { int id; }");
        write("com/example/IFoo.aidl", "package com.example; import com.other.Item; interface IFoo { Item get(); }");
        FrontEndOptions withInclude = new FrontEndOptions(List.of(src, include), false, Stability.UNSPECIFIED,
                OptionalInt.empty(), Optional.empty(), FrontEndOptions.SDK_CURRENT);
        assertEquals(1, build(withInclude).compiledFiles());
        assertTrue(build(withInclude).upToDate());

        Files.writeString(include.resolve("com/other/Item.aidl"), "package com.other; parcelable Item { long id; }");
        assertFalse(build(withInclude).upToDate());
    }

    @Test
    void theOutputOfARemovedInputIsDeleted() throws IOException {
        Path removed = write("com/example/Point.aidl", "package com.example; parcelable Point { int x; }");
        write("com/example/IFoo.aidl", "package com.example; interface IFoo { void ping(); }");
        build(FrontEndOptions.defaults());
        assertTrue(Files.isRegularFile(out.resolve("com/example/Point.java")));

        Files.delete(removed);
        BuildOutcome outcome = build(FrontEndOptions.defaults());

        assertEquals(1, outcome.deletedOutputs());
        assertFalse(Files.exists(out.resolve("com/example/Point.java")));
        assertTrue(Files.isRegularFile(out.resolve("com/example/IFoo.java")));
    }

    @Test
    void aDeletedOutputIsRegenerated() throws IOException {
        write("com/example/IFoo.aidl", "package com.example; interface IFoo { void ping(); }");
        build(FrontEndOptions.defaults());
        Files.delete(out.resolve("com/example/IFoo.java"));

        assertEquals(1, build(FrontEndOptions.defaults()).compiledFiles());
        assertTrue(Files.isRegularFile(out.resolve("com/example/IFoo.java")));
    }

    @Test
    void errorsAreReportedWithTheirPositionAndTheNextBuildTriesAgain() throws IOException {
        write("com/example/IFoo.aidl", "package com.example;\ninterface IFoo {\n  void ping(Missing m);\n}\n");
        write("com/example/IBar.aidl", "package com.example; interface IBar { void ping(); }");

        BuildOutcome outcome = build(FrontEndOptions.defaults());

        assertEquals(2, outcome.compiledFiles());
        assertEquals(1, outcome.failedFiles());
        String text = DiagnosticText.of(outcome.diagnostics().getFirst());
        assertTrue(text.startsWith(src.resolve("com/example/IFoo.aidl") + ":3:"), text);
        assertTrue(text.contains("Missing"), text);
        assertTrue(Files.isRegularFile(out.resolve("com/example/IBar.java")));
        assertFalse(build(FrontEndOptions.defaults()).upToDate());
    }

    @Test
    void aMissingSourceDirectoryCompilesNothing() throws IOException {
        assertEquals(new BuildOutcome(false, 0, 0, 0, List.of()), build(FrontEndOptions.defaults()));
        assertTrue(build(FrontEndOptions.defaults()).upToDate());
    }

    private BuildOutcome build(FrontEndOptions options) throws IOException {
        return new AidlBuild(src, out, state, options).run();
    }

    private Path write(String relative, String text) throws IOException {
        Path file = src.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
