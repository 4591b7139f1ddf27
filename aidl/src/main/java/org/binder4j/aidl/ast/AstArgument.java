package org.binder4j.aidl.ast;

import java.util.Optional;
import org.binder4j.aidl.model.Direction;
import org.binder4j.aidl.source.SourceLocation;

/** A method argument; its location is its name's. The direction is empty when none was written. */
public record AstArgument(String name, SourceLocation location, Optional<Direction> direction, AstType type) {}
