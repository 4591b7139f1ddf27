package org.binder4j.aidl.check;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.AidlModel;
import org.binder4j.aidl.source.SourceLocation;

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
        Optional<AidlModel> model;
        try {
            model = new Compilation(options, diagnostics).run(file);
        } catch (StackOverflowError e) {
            // Only absurd inputs get here (the parser bounds nesting): say so rather than crash.
            diagnostics.error(DiagnosticCode.NESTING_TOO_DEEP, SourceLocation.ofFile(file.toString()),
                    "the input nests too deeply to be checked (constant references chained beyond the compiler's "
                            + "stack); shorten the chains");
            model = Optional.empty();
        }
        return new CompilationResult(file.toString(), model, diagnostics.list());
    }
}
