package org.binder4j.aidl.model;

/** Whether a type is an array, and of which kind. */
public enum ArrayKind {
    NONE,
    /** {@code T[]}: the length travels with the value. */
    DYNAMIC,
    /** {@code T[N]}, {@code T[N][M]}...: the dimensions are part of the type. */
    FIXED
}
