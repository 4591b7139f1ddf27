package org.binder4j.aidl.model;

import java.util.List;
import java.util.Optional;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** A resolved, checked type declaration. Nested declarations appear in {@link #nestedTypes()} in source order. */
public sealed interface TypeDeclaration permits InterfaceDeclaration, ParcelableDeclaration, UnionDeclaration,
        EnumDeclaration, UnstructuredParcelableDeclaration {
    DeclarationHeader header();

    DeclarationKind kind();

    /** Declarations nested in this one (a union's {@code Tag} enum comes last). */
    default List<TypeDeclaration> nestedTypes() {
        return List.of();
    }

    default List<Constant> constants() {
        return List.of();
    }

    default String name() {
        return header().name();
    }

    default String packageName() {
        return header().packageName();
    }

    default String canonicalName() {
        return header().canonicalName();
    }

    default Optional<String> enclosingType() {
        return header().enclosingType();
    }

    default SourceLocation location() {
        return header().location();
    }

    default Comments comments() {
        return header().comments();
    }

    default Annotations annotations() {
        return header().annotations();
    }

    /** A reference to this declaration, as a use site sees it. */
    default DeclaredType asType() {
        return new DeclaredType(canonicalName(), kind(), Optional.empty());
    }
}
