package org.binder4j.aidl.lexer;

import java.util.Objects;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * One token: its kind, its text as written, its span (AOSP's convention, see {@link SourceLocation}) and the comments
 * written between the previous token and this one.
 */
public record Token(TokenKind kind, String text, SourceLocation location, Comments comments) {
    public Token {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(comments, "comments");
    }

    public boolean is(TokenKind expected) {
        return kind == expected;
    }
}
