package org.binder4j.aidl.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.binder4j.aidl.AidlFixture;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.diag.DiagnosticCode;

/**
 * One negative case for the table-driven tests: source files, flags, and the diagnostic that must come first (its
 * code, line and a fragment of its message). {@code {root}} in a flag is the directory the files are written under.
 */
final class Rejection {
    private final String name;
    private final String path;
    private final Map<String, String> files = new LinkedHashMap<>();
    private List<String> flags = List.of();
    private DiagnosticCode code;
    private int line;
    private String fragment;

    private Rejection(String name, String path, String source) {
        this.name = name;
        this.path = path;
        files.put(path, source);
    }

    static Rejection of(String name, String path, String source) {
        return new Rejection(name, path, source);
    }

    /** {@code p/IFoo.aidl}: line 1 {@code package p;}, line 2 {@code interface IFoo {}, the members from line 3. */
    static Rejection inInterface(String name, String... members) {
        return of(name, "p/IFoo.aidl", "package p;\ninterface IFoo {\n    " + String.join("\n    ", members) + "\n}\n");
    }

    /** {@code p/Foo.aidl}: line 1 {@code package p;}, line 2 {@code parcelable Foo {}, the members from line 3. */
    static Rejection inParcelable(String name, String... members) {
        return of(name, "p/Foo.aidl", "package p;\nparcelable Foo {\n    " + String.join("\n    ", members) + "\n}\n");
    }

    Rejection with(String otherPath, String source) {
        files.put(otherPath, source);
        return this;
    }

    Rejection flags(String... values) {
        flags = List.of(values);
        return this;
    }

    Rejection expect(DiagnosticCode expectedCode, int expectedLine, String expectedFragment) {
        code = expectedCode;
        line = expectedLine;
        fragment = expectedFragment;
        return this;
    }

    void verify(Path root) {
        AidlFixture fixture = new AidlFixture(root);
        files.forEach(fixture::file);
        String[] args = flags.stream().map(f -> f.replace("{root}", root.toString())).toArray(String[]::new);
        Diagnostic first = fixture.reject(path, args);
        AidlFixture.assertDiagnostic(first, code, line, fragment);
    }

    @Override
    public String toString() {
        return name;
    }
}
