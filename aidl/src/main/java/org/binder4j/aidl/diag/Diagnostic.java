package org.binder4j.aidl.diag;

import java.util.Objects;
import org.binder4j.aidl.source.SourceLocation;

/**
 * One error found in AIDL input: a stable {@link DiagnosticCode} for tools and tests, where it was found, and a
 * message saying what is wrong (AOSP's wording wherever AOSP reports the same condition).
 */
public record Diagnostic(DiagnosticCode code, SourceLocation location, String message) {
    public Diagnostic {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** The line AOSP's {@code aidl} prints: {@code ERROR: file:line.col-col: message}. */
    public String format() {
        return "ERROR: " + location + ": " + message;
    }

    @Override
    public String toString() {
        return format() + " [" + code + "]";
    }
}
