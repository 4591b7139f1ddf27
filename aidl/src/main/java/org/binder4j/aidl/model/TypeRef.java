package org.binder4j.aidl.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.binder4j.aidl.source.SourceLocation;

/**
 * A resolved type in some position: what it names, its type arguments, whether it is an array (with the evaluated
 * sizes of a fixed-size one), and the annotations written on it ({@code @nullable}, {@code @utf8InCpp}; on a
 * method's return type, every annotation written before the method).
 *
 * @param dimensions for a {@link ArrayKind#FIXED} array, its sizes outermost first; empty otherwise
 */
public record TypeRef(TypeName name, List<TypeRef> typeArguments, ArrayKind arrayKind, List<Integer> dimensions,
        Annotations annotations, SourceLocation location) {
    public TypeRef {
        Objects.requireNonNull(name, "name");
        typeArguments = List.copyOf(typeArguments);
        Objects.requireNonNull(arrayKind, "arrayKind");
        dimensions = List.copyOf(dimensions);
        Objects.requireNonNull(annotations, "annotations");
        Objects.requireNonNull(location, "location");
        if ((arrayKind == ArrayKind.FIXED) == dimensions.isEmpty()) {
            throw new IllegalArgumentException(name.qualifiedName() + ": a " + arrayKind + " array with "
                    + dimensions.size() + " dimensions");
        }
    }

    public boolean isArray() {
        return arrayKind != ArrayKind.NONE;
    }

    public boolean isGeneric() {
        return !typeArguments.isEmpty();
    }

    public boolean isNullable() {
        return annotations.isNullable();
    }

    public Optional<BuiltinType> builtin() {
        return name instanceof BuiltinType builtin ? Optional.of(builtin) : Optional.empty();
    }

    public Optional<DeclaredType> declared() {
        return name instanceof DeclaredType declared ? Optional.of(declared) : Optional.empty();
    }

    /** Whether this is exactly {@code type}: that built-in, not an array. */
    public boolean is(BuiltinType type) {
        return name == type && !isArray();
    }

    /** Whether this names a declaration of {@code kind} (array or not). */
    public boolean names(DeclarationKind kind) {
        return declared().map(d -> d.kind() == kind).orElse(false);
    }

    /** The type of one element: {@code T[]} gives {@code T}, {@code T[N][M]} gives {@code T[M]}. */
    public TypeRef elementType() {
        if (!isArray()) {
            throw new IllegalStateException(signature() + " is not an array");
        }
        if (dimensions.size() > 1) {
            return new TypeRef(name, typeArguments, arrayKind, dimensions.subList(1, dimensions.size()), annotations,
                    location);
        }
        return new TypeRef(name, typeArguments, ArrayKind.NONE, List.of(), annotations, location);
    }

    /** AOSP's signature: {@code pkg.Foo<String,int>[]}, {@code int[2][3]}. */
    public String signature() {
        StringBuilder text = new StringBuilder(name.qualifiedName());
        if (isGeneric()) {
            text.append(typeArguments.stream().map(TypeRef::signature).collect(Collectors.joining(",", "<", ">")));
        }
        switch (arrayKind) {
            case DYNAMIC -> text.append("[]");
            case FIXED -> dimensions.forEach(d -> text.append('[').append(d).append(']'));
            case NONE -> {}
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return signature();
    }
}
