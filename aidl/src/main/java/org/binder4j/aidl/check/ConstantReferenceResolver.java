package org.binder4j.aidl.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.binder4j.aidl.ast.AstConstant;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.ast.AstEnumerator;
import org.binder4j.aidl.ast.AstExpr;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;

/**
 * Resolves constant references to the constant or enumerator they name, and finds circular definitions. A bare
 * {@code NAME} is looked up in the declaration the expression is written in; {@code Type.NAME} in {@code Type} (its
 * enumerators if it is an enum, its constants otherwise). References are followed into the values they name, depth
 * first, and a reference met again on the current path is a cycle ({@code Found a circular reference: B -> A -> B}).
 * After the first error references are still resolved but no longer followed, as in AOSP.
 */
final class ConstantReferenceResolver {
    private final Resolutions resolutions;
    private final Diagnostics diagnostics;
    private final List<AstExpr.Reference> path = new ArrayList<>();
    private final Set<AstExpr.Reference> explored = Collections.newSetFromMap(new IdentityHashMap<>());
    private final AstWalker.Visitor visitor = new AstWalker.Visitor() {
        @Override
        public void expression(DeclSymbol scope, AstExpr expression) {
            if (expression instanceof AstExpr.Reference reference) {
                visit(scope, reference);
            }
        }
    };
    private boolean failed;

    ConstantReferenceResolver(Resolutions resolutions, Diagnostics diagnostics) {
        this.resolutions = resolutions;
        this.diagnostics = diagnostics;
    }

    void resolve(Iterable<LoadedDocument> documents) {
        for (LoadedDocument document : documents) {
            document.topLevel().forEach(symbol -> AstWalker.walk(symbol, visitor));
        }
    }

    private void visit(DeclSymbol scope, AstExpr.Reference reference) {
        int onPath = indexOnPath(reference);
        if (onPath >= 0) {
            String cycle = path.subList(onPath, path.size()).stream().map(AstExpr.Reference::text)
                    .collect(Collectors.joining(" -> ")) + " -> " + reference.text();
            diagnostics.error(DiagnosticCode.CIRCULAR_CONSTANT_REFERENCE, reference.location(),
                    "Found a circular reference: " + cycle);
            failed = true;
            return;
        }
        if (explored.contains(reference)) {
            return;
        }
        Optional<ConstantTarget> target = resolutions.reference(reference).or(() -> find(scope, reference));
        if (target.isEmpty()) {
            failed = true;
            return;
        }
        resolutions.resolveReference(reference, target.get());
        if (failed) {
            return;
        }
        path.add(reference);
        AstWalker.walk(target.get().owner(), target.get().value(), visitor);
        path.removeLast();
        explored.add(reference);
    }

    private int indexOnPath(AstExpr.Reference reference) {
        for (int i = 0; i < path.size(); i++) {
            if (path.get(i) == reference) {
                return i;
            }
        }
        return -1;
    }

    private Optional<ConstantTarget> find(DeclSymbol scope, AstExpr.Reference reference) {
        DeclSymbol owner = scope;
        if (reference.qualifier().isPresent()) {
            Optional<DeclSymbol> qualifier = resolutions.qualifier(reference);
            if (qualifier.isEmpty()) {
                diagnostics.error(DiagnosticCode.UNRESOLVABLE_CONSTANT_REFERENCE, reference.location(),
                        "Can't resolve the reference (" + reference.text() + ")");
                return Optional.empty();
            }
            owner = qualifier.get();
        }
        Optional<ConstantTarget> target = member(owner, reference.member());
        if (target.isEmpty()) {
            diagnostics.error(DiagnosticCode.UNKNOWN_CONSTANT_REFERENCE, reference.location(),
                    "Can't find " + reference.member() + " in " + owner.name());
            diagnostics.error(DiagnosticCode.UNKNOWN_CONSTANT_REFERENCE, reference.location(),
                    "Unknown reference '" + reference.text() + "'");
        }
        return target;
    }

    private static Optional<ConstantTarget> member(DeclSymbol owner, String name) {
        if (owner.ast() instanceof AstEnum anEnum) {
            for (AstEnumerator enumerator : anEnum.enumerators()) {
                if (enumerator.name().equals(name)) {
                    return Optional.of(new ConstantTarget(owner, name, enumerator.value(), true));
                }
            }
            return Optional.empty();
        }
        for (AstConstant constant : owner.ast().constants()) {
            if (constant.name().equals(name)) {
                return Optional.of(new ConstantTarget(owner, name, constant.value(), false));
            }
        }
        return Optional.empty();
    }
}
