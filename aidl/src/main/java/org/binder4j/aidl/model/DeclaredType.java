package org.binder4j.aidl.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A reference to a declared type. It carries what code for a use site needs; the declaration itself is
 * {@link AidlModel#declaration(String)} of {@link #canonicalName()}.
 *
 * @param canonicalName {@code pkg.Outer.Inner}; also the Java name of the class
 * @param kind what the declaration is
 * @param enumBacking for an enum, the primitive its values travel as ({@code byte}, {@code int} or {@code long})
 */
public record DeclaredType(String canonicalName, DeclarationKind kind, Optional<BuiltinType> enumBacking)
        implements TypeName {
    public DeclaredType {
        Objects.requireNonNull(canonicalName, "canonicalName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(enumBacking, "enumBacking");
        if (enumBacking.isPresent() != (kind == DeclarationKind.ENUM)) {
            throw new IllegalArgumentException(canonicalName + ": an enum and only an enum has a backing type, got "
                    + kind + " backed by " + enumBacking);
        }
    }

    @Override
    public String qualifiedName() {
        return canonicalName;
    }
}
