package org.binder4j.aidl.ast;

import java.util.List;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** A structured parcelable, {@code parcelable P [<T, ...>] { ... }}. */
public record AstParcelable(String name, SourceLocation location, Comments comments, List<AstAnnotation> annotations,
        List<String> typeParameters, List<AstMember> members) implements AstDeclaration {
    public AstParcelable {
        annotations = List.copyOf(annotations);
        typeParameters = List.copyOf(typeParameters);
        members = List.copyOf(members);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.PARCELABLE;
    }
}
