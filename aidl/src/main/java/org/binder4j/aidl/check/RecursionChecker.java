package org.binder4j.aidl.check;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.ast.AstField;
import org.binder4j.aidl.ast.AstType;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.AnnotationKind;

/**
 * Rejects parcelables that contain themselves by value, directly or through other parcelables, in this file or
 * across files ({@code LoopA is a recursive parcelable: LoopA->LoopB->LoopA}). An array, a {@code List} or
 * {@code @nullable(heap=true)} breaks the chain; a plain {@code @nullable} does not. Mutual references between
 * interfaces, or cyclic imports, are fine.
 */
final class RecursionChecker {
    private final Resolutions resolutions;
    private final Diagnostics diagnostics;
    private final Map<DeclSymbol, Boolean> finished = new IdentityHashMap<>();
    private final List<String> path = new ArrayList<>();

    private RecursionChecker(Resolutions resolutions, Diagnostics diagnostics) {
        this.resolutions = resolutions;
        this.diagnostics = diagnostics;
    }

    /** Reports the first cycle found from the parcelables of {@code document}. */
    static void check(LoadedDocument document, Resolutions resolutions, Diagnostics diagnostics) {
        RecursionChecker checker = new RecursionChecker(resolutions, diagnostics);
        document.topLevel().stream()
                .flatMap(DeclSymbol::selfAndDescendants)
                .filter(symbol -> symbol.kind().isParcelable())
                .anyMatch(checker::foundCycle);
    }

    private boolean foundCycle(DeclSymbol parcelable) {
        Boolean done = finished.get(parcelable);
        if (done != null && !done) {
            path.add(parcelable.name());
            diagnostics.error(DiagnosticCode.RECURSIVE_PARCELABLE, parcelable.location(),
                    parcelable.name() + " is a recursive parcelable: " + String.join("->", path));
            return true;
        }
        if (done != null) {
            return false;
        }
        finished.put(parcelable, false);
        path.add(parcelable.name());
        for (AstField field : parcelable.ast().fields()) {
            Optional<DeclSymbol> contained = byValue(field.type());
            if (contained.isPresent() && foundCycle(contained.get())) {
                return true;
            }
        }
        path.removeLast();
        finished.put(parcelable, true);
        return false;
    }

    /** The parcelable a field holds by value, if it holds one. */
    private Optional<DeclSymbol> byValue(AstType type) {
        if (type.isArray() || isHeapNullable(type)) {
            return Optional.empty();
        }
        return resolutions.declared(type).filter(symbol -> symbol.kind().isParcelable());
    }

    private static boolean isHeapNullable(AstType type) {
        return type.annotations().stream()
                .filter(a -> a.kind() == AnnotationKind.NULLABLE)
                .flatMap(a -> a.parameter("heap").stream())
                .map(AstAnnotation.Parameter::value)
                .anyMatch(v -> (v instanceof AstExpr.BooleanLiteral b && b.value())
                        || (v instanceof AstExpr.IntegerLiteral i && i.value() != 0));
    }
}
