package org.binder4j.aidl.diag;

import java.util.ArrayList;
import java.util.List;
import org.binder4j.aidl.source.SourceLocation;

/** Collects the diagnostics of one compilation, in the order they were found. Not thread-safe. */
public final class Diagnostics {
    private final List<Diagnostic> reported = new ArrayList<>();

    public void error(DiagnosticCode code, SourceLocation location, String message) {
        reported.add(new Diagnostic(code, location, message));
    }

    public boolean hasErrors() {
        return !reported.isEmpty();
    }

    public int count() {
        return reported.size();
    }

    public List<Diagnostic> list() {
        return List.copyOf(reported);
    }
}
