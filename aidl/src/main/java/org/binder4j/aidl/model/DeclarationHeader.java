package org.binder4j.aidl.model;

import java.util.Objects;
import java.util.Optional;
import org.binder4j.aidl.source.Comments;
import org.binder4j.aidl.source.SourceLocation;

/**
 * What every type declaration has.
 *
 * @param name the simple name ({@code Outer.Inner} for a hand-written nested parcelable declared as such)
 * @param packageName empty for a file without {@code package}
 * @param canonicalName {@code pkg.Outer.Inner}; the Java name of the generated class
 * @param enclosingType the canonical name of the declaration this one is nested in
 * @param vintfStability {@code @VintfStability} on this declaration or one it is nested in
 */
public record DeclarationHeader(String name, String packageName, String canonicalName,
        Optional<String> enclosingType, SourceLocation location, Comments comments, Annotations annotations,
        boolean vintfStability) {
    public DeclarationHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(enclosingType, "enclosingType");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(comments, "comments");
        Objects.requireNonNull(annotations, "annotations");
    }
}
