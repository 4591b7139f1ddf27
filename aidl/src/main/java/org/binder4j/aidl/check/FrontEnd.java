package org.binder4j.aidl.check;

import java.nio.file.Path;
import java.util.Objects;
import org.binder4j.aidl.diag.Diagnostics;

/**
 * The AIDL front end: parses a file and the files it needs, resolves names, evaluates constants and runs AOSP's
 * checks in AOSP's order, and produces the model a code generator consumes. Each file is compiled on its own.
 * Thread-safe: every {@link #compile} call has its own state.
 */
public final class FrontEnd {
    private final FrontEndOptions options;

    public FrontEnd(FrontEndOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public CompilationResult compile(Path file) {
        Diagnostics diagnostics = new Diagnostics();
        var model = new Compilation(options, diagnostics).run(file);
        return new CompilationResult(file.toString(), model, diagnostics.list());
    }
}
