package org.binder4j.aidl.model;

/** The stability level a compilation asks for ({@code --stability}). */
public enum Stability {
    /** No stability requirement. */
    UNSPECIFIED,
    /** {@code --stability vintf}: every type must be {@code @VintfStability}. */
    VINTF
}
