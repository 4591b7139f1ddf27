package org.binder4j.aidl.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.source.SourceLocation;

/**
 * Finds the file that declares a qualified name under the include directories: {@code a.b.C} is {@code a/b/C.aidl};
 * when no such file exists the last component is dropped and the search repeated, so {@code a.b.Outer.Inner} finds
 * {@code a/b/Outer.aidl}. The file must be found under exactly one include directory.
 */
final class ImportResolver {
    private final List<String> roots;
    private final Diagnostics diagnostics;

    ImportResolver(List<Path> includeDirs, Diagnostics diagnostics) {
        TreeSet<String> sorted = new TreeSet<>();
        for (Path dir : includeDirs) {
            String text = dir.toString().isEmpty() ? "." : dir.toString();
            sorted.add(text.endsWith("/") ? text : text + "/");
        }
        this.roots = List.copyOf(sorted);
        this.diagnostics = diagnostics;
    }

    /**
     * The file declaring {@code qualifiedName}, named as the include directory spells it. Empty when there is none,
     * or (reported at {@code reportAt}) when several include directories have one.
     */
    Optional<Path> find(String qualifiedName, SourceLocation reportAt) {
        List<String> parts = new ArrayList<>(Arrays.asList(qualifiedName.split("\\.")));
        while (!parts.isEmpty()) {
            String relative = String.join("/", parts) + ".aidl";
            List<String> candidates = roots.stream().map(root -> root + relative)
                    .filter(candidate -> Files.isRegularFile(Path.of(candidate)))
                    .toList();
            if (candidates.size() == 1) {
                return Optional.of(Path.of(candidates.getFirst()));
            }
            if (candidates.size() > 1) {
                diagnostics.error(DiagnosticCode.AMBIGUOUS_IMPORT, reportAt, "Duplicate files found for "
                        + qualifiedName + " from:\n" + String.join("\n", candidates));
                return Optional.empty();
            }
            parts.removeLast();
        }
        return Optional.empty();
    }
}
