package org.binder4j.aidl.source;

import java.util.Objects;

/**
 * One comment as written, delimiters included. A line comment's body is {@code //text} followed by a newline, a block
 * comment's body runs from {@code /*} to the closing delimiter.
 */
public record Comment(String body) {
    public Comment {
        Objects.requireNonNull(body, "body");
        if (!body.startsWith("//") && !(body.startsWith("/*") && body.endsWith("*/"))) {
            throw new IllegalArgumentException("not a comment: " + body);
        }
    }

    /** Whether this is a block comment (documentation comments included) rather than a line comment. */
    public boolean isBlock() {
        return body.startsWith("/*");
    }

    /** Whether this is a documentation comment: a block comment that opens with two asterisks. */
    public boolean isDoc() {
        return body.startsWith("/**") && body.length() > 4;
    }
}
