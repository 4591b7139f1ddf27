package org.binder4j.aidl.model;

import java.util.List;

/** A structured parcelable; a generic one's type parameters appear only in the class signature. */
public record ParcelableDeclaration(DeclarationHeader header, List<String> typeParameters, List<Field> fields,
        List<Constant> constants, List<TypeDeclaration> nestedTypes) implements TypeDeclaration {
    public ParcelableDeclaration {
        typeParameters = List.copyOf(typeParameters);
        fields = List.copyOf(fields);
        constants = List.copyOf(constants);
        nestedTypes = List.copyOf(nestedTypes);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.PARCELABLE;
    }
}
