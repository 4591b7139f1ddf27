package org.binder4j.aidl.check;

import java.util.Optional;
import java.util.Set;
import org.binder4j.aidl.ast.AstAnnotation;
import org.binder4j.aidl.ast.AstEnum;
import org.binder4j.aidl.diag.DiagnosticCode;
import org.binder4j.aidl.diag.Diagnostics;
import org.binder4j.aidl.model.Annotation;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.model.BuiltinType;

/**
 * Gives every loaded enum its backing type: {@code @Backing(type=...)} ({@code byte}, {@code int} or {@code long}),
 * else {@code byte}.
 */
final class EnumBackings {
    private static final Set<BuiltinType> BACKING_TYPES = Set.of(BuiltinType.BYTE, BuiltinType.INT, BuiltinType.LONG);

    private EnumBackings() {}

    static void assign(SymbolTable symbols, AnnotationChecker annotations, Resolutions resolutions,
            Diagnostics diagnostics) {
        for (DeclSymbol symbol : symbols.all()) {
            if (!(symbol.ast() instanceof AstEnum anEnum)) {
                continue;
            }
            Optional<AstAnnotation> backing = anEnum.annotations().stream()
                    .filter(a -> a.kind() == AnnotationKind.BACKING)
                    .findFirst();
            if (backing.isEmpty()) {
                resolutions.setBacking(anEnum, BuiltinType.BYTE);
                continue;
            }
            Optional<Annotation> checked = annotations.check(backing.get());
            if (checked.isEmpty()) {
                continue;
            }
            String type = checked.get().string("type").orElseThrow();
            Optional<BuiltinType> builtin = BuiltinType.named(type).filter(BACKING_TYPES::contains);
            if (builtin.isEmpty()) {
                diagnostics.error(DiagnosticCode.INVALID_BACKING_TYPE, anEnum.location(),
                        "Invalid backing type: " + type + ". Backing type must be one of: byte, int, long");
                continue;
            }
            resolutions.setBacking(anEnum, builtin.get());
        }
    }
}
