package org.binder4j.aidl.ast;

import java.util.List;
import java.util.Optional;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * {@code parcelable P [<T, ...>] [cpp_header "h"] [ndk_header "h"] [rust_type "t"];}: a class written by hand. The
 * name may be dotted ({@code Outer.Inner}) for a nested hand-written class. Header strings are kept without quotes.
 */
public record AstUnstructuredParcelable(String name, SourceLocation location, Comments comments,
        List<AstAnnotation> annotations, List<String> typeParameters, Optional<String> cppHeader,
        Optional<String> ndkHeader, Optional<String> rustType) implements AstDeclaration {
    public AstUnstructuredParcelable {
        annotations = List.copyOf(annotations);
        typeParameters = List.copyOf(typeParameters);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.UNSTRUCTURED_PARCELABLE;
    }

    @Override
    public List<AstMember> members() {
        return List.of();
    }
}
