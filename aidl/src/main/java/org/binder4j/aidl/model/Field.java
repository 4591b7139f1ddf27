package org.binder4j.aidl.model;

import java.util.Optional;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * A field of a parcelable or union. {@code defaultValue} is the value written after {@code =}, converted to the
 * field's type; AIDL gives primitive fields without one an implicit zero, which is the generator's to spell.
 */
public record Field(String name, SourceLocation location, Comments comments, TypeRef type,
        Optional<ConstantValue> defaultValue) {}
