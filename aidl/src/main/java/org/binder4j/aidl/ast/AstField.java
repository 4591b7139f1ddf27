package org.binder4j.aidl.ast;

import java.util.Optional;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** A field of a parcelable or union, with its default value when one was written. */
public record AstField(String name, SourceLocation location, Comments comments, AstType type,
        Optional<AstExpr> defaultValue) implements AstMember {}
