package org.binder4j.aidl.ast;

import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** {@code const Type NAME = value;} Annotations written before or after {@code const} are the type's. */
public record AstConstant(String name, SourceLocation location, Comments comments, AstType type, AstExpr value)
        implements AstMember {}
