package org.binder4j.aidl.maven;

import java.util.List;
import org.binder4j.aidl.diag.Diagnostic;

/**
 * What one run of the plugin did.
 *
 * @param upToDate nothing had changed since the last successful build, so nothing was compiled
 * @param compiledFiles how many {@code .aidl} files were compiled
 * @param failedFiles how many of them were rejected
 * @param deletedOutputs generated files deleted because their declaration is gone
 * @param diagnostics every error, in file order
 */
record BuildOutcome(boolean upToDate, int compiledFiles, int failedFiles, int deletedOutputs,
        List<Diagnostic> diagnostics) {
    BuildOutcome {
        diagnostics = List.copyOf(diagnostics);
    }

    static BuildOutcome nothingToDo() {
        return new BuildOutcome(true, 0, 0, 0, List.of());
    }
}
