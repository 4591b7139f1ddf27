package org.binder4j.behaviour.versions;

/** Version 2 of a note: a field added at the end, with a default. */
parcelable Note {
    String text;
    int priority = 7;
}
