package org.binder4j.aidl.ast;

import java.util.List;
import java.util.stream.Stream;
import org.binder4j.aidl.model.DeclarationKind;

/**
 * A type declaration. Its location is its name's, except an interface's, which is (AOSP's convention) its
 * {@code interface} keyword.
 */
public sealed interface AstDeclaration extends AstMember
        permits AstInterface, AstParcelable, AstUnion, AstEnum, AstUnstructuredParcelable {
    DeclarationKind kind();

    /** Annotations written before the declaration. */
    List<AstAnnotation> annotations();

    /** Methods, fields, constants and nested declarations in source order (none for enums and unstructured ones). */
    List<AstMember> members();

    default List<AstDeclaration> nestedTypes() {
        return members(AstDeclaration.class).toList();
    }

    default List<AstConstant> constants() {
        return members(AstConstant.class).toList();
    }

    default List<AstField> fields() {
        return members(AstField.class).toList();
    }

    default List<AstMethod> methods() {
        return members(AstMethod.class).toList();
    }

    /** The type parameters of a generic parcelable or union; empty otherwise. */
    default List<String> typeParameters() {
        return List.of();
    }

    private <T extends AstMember> Stream<T> members(Class<T> kind) {
        return members().stream().filter(kind::isInstance).map(kind::cast);
    }
}
