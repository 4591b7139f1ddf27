package org.binder4j.aidl.model;

import org.binder4j.aidl.source.SourceLocation;

/**
 * A method argument.
 *
 * @param direction as written, or {@code in} when none was written (only in-only types may omit it)
 * @param directionWritten whether {@code in}, {@code out} or {@code inout} was written
 */
public record Argument(String name, SourceLocation location, Direction direction, boolean directionWritten,
        TypeRef type) {}
