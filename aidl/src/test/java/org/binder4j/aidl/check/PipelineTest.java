package org.binder4j.aidl.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.binder4j.aidl.AidlFixture;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the phases report: independent problems together, and a failed phase ends the run. */
class PipelineTest {
    @TempDir
    Path root;

    private List<String> diagnostics(String source) {
        AidlFixture fixture = new AidlFixture(root).file("p/IFoo.aidl", source);
        return fixture.compile("p/IFoo.aidl").diagnostics().stream()
                .map(d -> d.code() + "@" + d.location().beginLine())
                .toList();
    }

    @Test
    void independentProblemsOfOnePhaseAreAllReportedInAospCheckOrder() {
        assertEquals(List.of("DUPLICATE_CONSTANT@7", "INVALID_DIRECTION@3", "ONEWAY_RETURN_VALUE@4",
                "MISSING_DIRECTION@5"), diagnostics("""
                package p;
                interface IFoo {
                    void a(out int x);
                    oneway int b();
                    void c(int[] values);
                    const int K = 1;
                    const int K = 2;
                }"""), "constants are checked before methods, as in AOSP");
    }

    @Test
    void everyUnresolvedNameIsReported() {
        assertEquals(List.of("UNRESOLVED_TYPE@3", "UNRESOLVED_TYPE@4", "UNRESOLVED_TYPE@4"), diagnostics("""
                package p;
                interface IFoo {
                    Widget make();
                    void use(in Gadget g, in List<Gizmo> all);
                }"""));
    }

    @Test
    void aFailedPhaseEndsTheRun() {
        assertEquals(List.of("UNRESOLVED_TYPE@3"), diagnostics("""
                package p;
                interface IFoo {
                    Widget make();
                    void broken(out int x);
                }"""), "validation does not run on unresolved types");
    }

    @Test
    void aChainOfReferencesTooLongForTheStackIsReportedNotThrown() throws InterruptedException {
        StringBuilder source = new StringBuilder("package p;\nparcelable Chain {\n");
        for (int i = 0; i < 4000; i++) {
            source.append("    const int A").append(i).append(" = A").append(i + 1).append(" + 1;\n");
        }
        source.append("    const int A4000 = 0;\n}\n");
        AidlFixture fixture = new AidlFixture(root).file("p/Chain.aidl", source.toString());
        AtomicReference<CompilationResult> result = new AtomicReference<>();
        Thread smallStack = Thread.ofPlatform().stackSize(256 * 1024)
                .start(() -> result.set(fixture.compile("p/Chain.aidl")));
        assertTrue(smallStack.join(Duration.ofSeconds(60)), "the compilation did not finish");
        List<Diagnostic> diagnostics = result.get().diagnostics();
        assertEquals(List.of(DiagnosticCode.NESTING_TOO_DEEP), diagnostics.stream().map(Diagnostic::code).toList());
        assertFalse(diagnostics.getFirst().location().hasPosition());
    }

    @Test
    void aRejectedFileReportsNothingAfterItsSyntaxErrors() {
        Diagnostic only = new AidlFixture(root).file("p/IFoo.aidl", "package p;\ninterface IFoo {\n    void f(\n}")
                .reject("p/IFoo.aidl");
        assertEquals(DiagnosticCode.SYNTAX_ERROR, only.code());
    }
}
