package org.binder4j.aidl.model;

import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/** {@code const T NAME = value;} with its value evaluated and converted to {@code T}. */
public record Constant(String name, SourceLocation location, Comments comments, TypeRef type, ConstantValue value) {}
