package org.binder4j.aidl.ast;

import java.util.List;
import java.util.Optional;
import org.binder4j.aidl.model.AnnotationKind;
import org.binder4j.aidl.source.SourceLocation;

/**
 * An annotation as written: {@code @Name}, {@code @Name(expr)} (parameter {@code value}) or
 * {@code @Name(a=expr, b=expr)}. Unknown names never reach the tree: the parser reports them.
 */
public record AstAnnotation(AnnotationKind kind, List<Parameter> parameters, SourceLocation location) {
    /** One {@code name=value}; the location spans both. */
    public record Parameter(String name, AstExpr value, SourceLocation location) {}

    public AstAnnotation {
        parameters = List.copyOf(parameters);
    }

    public Optional<Parameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
