package org.binder4j.aidl.model;

/** The five kinds of type declaration. */
public enum DeclarationKind {
    INTERFACE("interface"),
    /** A structured parcelable: fields declared in AIDL. */
    PARCELABLE("parcelable"),
    UNION("union"),
    ENUM("enum"),
    /** A forward-declared parcelable whose class is written by hand. */
    UNSTRUCTURED_PARCELABLE("parcelable");

    private final String keyword;

    DeclarationKind(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword that declares it. */
    public String keyword() {
        return keyword;
    }

    /** Structured and unstructured parcelables and unions: the kinds written with {@code writeToParcel}. */
    public boolean isParcelable() {
        return this == PARCELABLE || this == UNION || this == UNSTRUCTURED_PARCELABLE;
    }
}
