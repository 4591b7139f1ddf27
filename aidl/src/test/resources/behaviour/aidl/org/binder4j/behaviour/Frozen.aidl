package org.binder4j.behaviour;

/** An immutable parcelable. */
@JavaOnlyImmutable
@JavaDerive(equals=true, toString=true)
parcelable Frozen {
    int id = 1;
    String name;
    List<String> tags;
}
