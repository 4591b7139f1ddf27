package org.binder4j.aidl.model;

import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * One enumerator; its value is in the enum's backing type. An enumerator written without a value is the previous one
 * plus one (the first is 0), and {@code valueWritten} is false.
 */
public record Enumerator(String name, SourceLocation location, Comments comments, ConstantValue.IntegralValue value,
        boolean valueWritten) {}
