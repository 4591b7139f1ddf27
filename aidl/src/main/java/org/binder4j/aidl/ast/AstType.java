package org.binder4j.aidl.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.binder4j.aidl.model.ArrayKind;
import org.binder4j.aidl.source.SourceLocation;

/**
 * A type as written, before resolution. The location spans the (possibly dotted) name only.
 *
 * @param name the name as written ({@code int}, {@code Outer.Inner}, {@code java.util.List})
 * @param annotations written before the name (for a method's return type, those written before the method)
 * @param typeArguments {@code <...>}, empty when none were written
 * @param arrayKind whether {@code []} or {@code [N]...} follow
 * @param dimensions for a fixed-size array, one size expression per dimension
 */
public record AstType(String name, SourceLocation location, List<AstAnnotation> annotations,
        List<AstType> typeArguments, ArrayKind arrayKind, List<AstExpr> dimensions) {
    public AstType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        annotations = List.copyOf(annotations);
        typeArguments = List.copyOf(typeArguments);
        Objects.requireNonNull(arrayKind, "arrayKind");
        dimensions = List.copyOf(dimensions);
        if ((arrayKind == ArrayKind.FIXED) == dimensions.isEmpty()) {
            throw new IllegalArgumentException(name + ": " + arrayKind + " array with " + dimensions.size()
                    + " dimensions");
        }
    }

    public boolean isGeneric() {
        return !typeArguments.isEmpty();
    }

    public boolean isArray() {
        return arrayKind != ArrayKind.NONE;
    }

    /** This type with the given annotations in front of its own (annotations written before a method). */
    public AstType withLeadingAnnotations(List<AstAnnotation> leading) {
        if (leading.isEmpty()) {
            return this;
        }
        List<AstAnnotation> all = new ArrayList<>(leading);
        all.addAll(annotations);
        return new AstType(name, location, all, typeArguments, arrayKind, dimensions);
    }
}
