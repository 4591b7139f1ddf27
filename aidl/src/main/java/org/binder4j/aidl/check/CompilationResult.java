package org.binder4j.aidl.check;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.binder4j.aidl.diag.Diagnostic;
import org.binder4j.aidl.model.AidlModel;

/** The front end's verdict on one file: the model when it is valid, and the errors found otherwise. */
public record CompilationResult(String file, Optional<AidlModel> model, List<Diagnostic> diagnostics) {
    public CompilationResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(model, "model");
        diagnostics = List.copyOf(diagnostics);
        if (model.isPresent() != diagnostics.isEmpty()) {
            throw new IllegalArgumentException(file + ": a model comes with no errors and errors with no model, got "
                    + (model.isPresent() ? "a model" : "no model") + " and " + diagnostics.size() + " errors");
        }
    }

    public boolean succeeded() {
        return model.isPresent();
    }
}
