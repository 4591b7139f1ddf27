package org.binder4j.aidl.model;

import java.util.EnumSet;
import java.util.Set;

/** Where an annotation may be written; {@link #label()} is how AOSP's messages name the place. */
public enum AnnotationTarget {
    INTERFACE("interface"),
    ENUM("enum"),
    STRUCTURED_PARCELABLE("structured parcelable"),
    UNION("union"),
    UNSTRUCTURED_PARCELABLE("parcelable"),
    CONSTANT("constant"),
    FIELD("field"),
    METHOD("method"),
    /** A type in any position: return type, argument, field, constant, type argument. */
    TYPE("type");

    /** Every type declaration. */
    public static final Set<AnnotationTarget> DECLARATIONS =
            EnumSet.of(INTERFACE, ENUM, STRUCTURED_PARCELABLE, UNION, UNSTRUCTURED_PARCELABLE);
    /** Every member of a declaration. */
    public static final Set<AnnotationTarget> MEMBERS = EnumSet.of(CONSTANT, FIELD, METHOD);

    private final String label;

    AnnotationTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The annotation target of a declaration of {@code kind}. */
    public static AnnotationTarget of(DeclarationKind kind) {
        return switch (kind) {
            case INTERFACE -> INTERFACE;
            case PARCELABLE -> STRUCTURED_PARCELABLE;
            case UNION -> UNION;
            case ENUM -> ENUM;
            case UNSTRUCTURED_PARCELABLE -> UNSTRUCTURED_PARCELABLE;
        };
    }
}
