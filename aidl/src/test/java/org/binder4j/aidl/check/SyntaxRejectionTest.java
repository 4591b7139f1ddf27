package org.binder4j.aidl.check;

import static org.binder4j.aidl.check.Rejection.inInterface;
import static org.binder4j.aidl.check.Rejection.inParcelable;
import static org.binder4j.aidl.check.Rejection.of;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the grammar refuses (reference §1.1-§1.4). */
class SyntaxRejectionTest {
    static Stream<Rejection> cases() {
        return Stream.of(
                inInterface("missing semicolon after a method", "void first(int a)", "void second();")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 4,
                                "syntax error, unexpected identifier, expecting '=' or ';'"),
                of("empty file", "p/IFoo.aidl", "")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 1, "syntax error, unexpected end of file"),
                of("only a package", "p/IFoo.aidl", "package p;\n")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 2, "syntax error, unexpected end of file"),
                inParcelable("array literal with only a comma", "int[] a = { , };")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 3, "syntax error, unexpected ',', expecting '}'"),
                of("qualified name ending with a dot", "p/A.aidl", "package p;\nparcelable A.;")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 2, "syntax error, unexpected ';', expecting identifier"),
                inInterface("direction keyword as a name", "void f(int in);")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 3, "syntax error, unexpected in, expecting identifier"),
                inInterface("annotation before the direction", "void f(@nullable in String s);")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 3, "syntax error, unexpected in"),
                of("constant inside an enum", "p/E.aidl", "package p;\nenum E {\n    const int X = 1;\n}")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 3, "syntax error, unexpected const, expecting identifier"),
                of("empty enum", "p/E.aidl", "package p;\nenum E {\n}")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 3, "syntax error, unexpected '}', expecting identifier"),
                inInterface("hexadecimal method id", "void f() = 0x1;")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 3, "unexpected hex literal, expecting int literal"),
                inInterface("method id beyond int", "void f() = 99999999999;")
                        .expect(DiagnosticCode.INVALID_METHOD_ID, 3, "Could not parse int value: 99999999999"),
                inInterface("stray character", "void f(); #")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 3, "unexpected unrecognized character"),
                inParcelable("type arguments after an array", "List[]<String> l;")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 3, "syntax error, unexpected '<'"),
                of("import with a trailing dot", "p/IFoo.aidl", "package p;\nimport q.;\ninterface IFoo {}")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 2, "syntax error, unexpected ';', expecting identifier"),
                of("syntax error in an imported file", "p/IFoo.aidl",
                        "package p;\nimport p.Bar;\ninterface IFoo {}")
                        .with("p/Bar.aidl", "package p;\nparcelable Bar {\n    int x\n}")
                        .expect(DiagnosticCode.SYNTAX_ERROR, 4, "syntax error, unexpected '}'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejected(Rejection rejection, @TempDir Path root) {
        rejection.verify(root);
    }
}
