package org.binder4j.aidl.model;

import java.util.Objects;

/** One parameter an annotation accepts. */
public record AnnotationParameter(String name, Type type, boolean required) {
    /** The value types annotation parameters take. */
    public enum Type {
        BOOLEAN("boolean"),
        INT("int"),
        LONG("long"),
        STRING("String"),
        STRING_ARRAY("String[]");

        private final String aidlSpelling;

        Type(String aidlSpelling) {
            this.aidlSpelling = aidlSpelling;
        }

        /** The AIDL type, as values are checked against it. */
        public String aidlSpelling() {
            return aidlSpelling;
        }
    }

    public AnnotationParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    static AnnotationParameter optional(String name, Type type) {
        return new AnnotationParameter(name, type, false);
    }

    static AnnotationParameter required(String name, Type type) {
        return new AnnotationParameter(name, type, true);
    }
}
