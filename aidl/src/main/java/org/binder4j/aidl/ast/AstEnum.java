package org.binder4j.aidl.ast;

import java.util.List;
import org.binder4j.aidl.model.DeclarationKind;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** {@code enum E { A [= expr], ... }}; {@code synthetic} marks the {@code Tag} enum the parser adds to a union. */
public record AstEnum(String name, SourceLocation location, Comments comments, List<AstAnnotation> annotations,
        List<AstEnumerator> enumerators, boolean synthetic) implements AstDeclaration {
    public AstEnum {
        annotations = List.copyOf(annotations);
        enumerators = List.copyOf(enumerators);
    }

    @Override
    public DeclarationKind kind() {
        return DeclarationKind.ENUM;
    }

    @Override
    public List<AstMember> members() {
        return List.of();
    }
}
