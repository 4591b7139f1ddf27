package org.binder4j.aidl.model;

import java.util.List;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * A method of an interface.
 *
 * @param oneway written {@code oneway}, or declared in a {@code oneway interface}
 * @param returnType carries the annotations written before the method
 * @param id the transaction id: explicit ({@code = N}) or the position among the interface's methods
 * @param explicitId whether the id was written
 */
public record Method(String name, SourceLocation location, Comments comments, boolean oneway, TypeRef returnType,
        List<Argument> arguments, int id, boolean explicitId) {
    public Method {
        arguments = List.copyOf(arguments);
    }

    /** The binder transaction code: {@code FIRST_CALL_TRANSACTION + id}. */
    public int transactionCode() {
        return TransactionIds.FIRST_CALL_TRANSACTION + id;
    }

    /** The annotations written before the method (AIDL keeps them on the return type). */
    public Annotations annotations() {
        return returnType.annotations();
    }
}
