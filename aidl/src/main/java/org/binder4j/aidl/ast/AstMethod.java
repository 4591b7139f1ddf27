package org.binder4j.aidl.ast;

import java.util.List;
import java.util.OptionalInt;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * A method. Annotations written before the method are the return type's, as in AOSP.
 *
 * @param oneway written {@code oneway} (a oneway interface makes every method oneway later)
 * @param explicitId the {@code = N} transaction id, when written
 */
public record AstMethod(String name, SourceLocation location, Comments comments, boolean oneway, AstType returnType,
        List<AstArgument> arguments, OptionalInt explicitId) implements AstMember {
    public AstMethod {
        arguments = List.copyOf(arguments);
    }
}
