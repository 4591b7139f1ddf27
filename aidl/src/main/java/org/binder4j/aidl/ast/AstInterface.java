package org.binder4j.aidl.ast;

import java.util.List;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** {@code [oneway] interface I { ... }}, or the forward declaration {@code interface I;} (no members). */
public record AstInterface(String name, SourceLocation location, Comments comments, List<AstAnnotation> annotations,
        boolean oneway, List<AstMember> members) implements AstDeclaration {
    public AstInterface {
        annotations = List.copyOf(annotations);
        members = List.copyOf(members);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.INTERFACE;
    }
}
