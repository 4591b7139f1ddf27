package org.binder4j.aidl.ast;

import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * One enumerator. An enumerator written without a value gets, as in AOSP, the expression {@code PREVIOUS+1} (or
 * {@code 0} for the first), located at the enumerator; {@code valueWritten} tells which.
 */
public record AstEnumerator(String name, SourceLocation location, Comments comments, AstExpr value,
        boolean valueWritten) {}
