package org.binder4j.aidl.ast;

import java.util.List;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * {@code union U [<T, ...>] { ... }}. The parser adds, as AOSP does, a nested {@code enum Tag} whose enumerators are
 * the field names (backed by {@code int}, or {@code byte} for a {@code @FixedSize} union), so {@code U.Tag} is a type.
 */
public record AstUnion(String name, SourceLocation location, Comments comments, List<AstAnnotation> annotations,
        List<String> typeParameters, List<AstMember> members) implements AstDeclaration {
    public AstUnion {
        annotations = List.copyOf(annotations);
        typeParameters = List.copyOf(typeParameters);
        members = List.copyOf(members);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.UNION;
    }
}
