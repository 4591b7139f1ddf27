package org.binder4j.behaviour.versions;

/** Version 1 of a note. */
parcelable Note {
    String text;
}
