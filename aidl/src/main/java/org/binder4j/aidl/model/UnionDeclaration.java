package org.binder4j.aidl.model;

import java.util.List;

/**
 * A union: exactly one field is set at a time. Its nested types end with the {@code Tag} enum whose enumerators are
 * the field names, numbered from 0 (backed by {@code int}, or {@code byte} for a {@code @FixedSize} union).
 */
public record UnionDeclaration(DeclarationHeader header, List<String> typeParameters, List<Field> fields,
        List<Constant> constants, List<TypeDeclaration> nestedTypes) implements TypeDeclaration {
    public UnionDeclaration {
        typeParameters = List.copyOf(typeParameters);
        fields = List.copyOf(fields);
        constants = List.copyOf(constants);
        nestedTypes = List.copyOf(nestedTypes);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.UNION;
    }

    /** The {@code Tag} enum. */
    public EnumDeclaration tag() {
        return nestedTypes.stream()
                .filter(t -> t instanceof EnumDeclaration e && e.synthetic())
                .map(EnumDeclaration.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(canonicalName() + " has no Tag enum"));
    }
}
