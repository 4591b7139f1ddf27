package org.binder4j.aidl.model;

import java.util.List;
import java.util.Optional;

/**
 * A parcelable whose class is written by hand; nothing is generated for it. The C++/NDK headers and Rust type are
 * kept but mean nothing to Java.
 */
public record UnstructuredParcelableDeclaration(DeclarationHeader header, List<String> typeParameters,
        Optional<String> cppHeader, Optional<String> ndkHeader, Optional<String> rustType) implements TypeDeclaration {
    public UnstructuredParcelableDeclaration {
        typeParameters = List.copyOf(typeParameters);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.UNSTRUCTURED_PARCELABLE;
    }
}
