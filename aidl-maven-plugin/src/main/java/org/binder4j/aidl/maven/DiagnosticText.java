package org.binder4j.aidl.maven;

import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.source.SourceLocation;

/** A diagnostic as Maven tools print compiler errors: {@code file:line:column: message}. */
final class DiagnosticText {
    private DiagnosticText() {
    }

    static String of(Diagnostic diagnostic) {
        SourceLocation at = diagnostic.location();
        String where = at.hasPosition() ? at.file() + ":" + at.beginLine() + ":" + at.beginColumn() : at.file();
        return where + ": " + diagnostic.message();
    }
}
