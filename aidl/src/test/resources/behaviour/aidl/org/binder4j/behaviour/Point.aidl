package org.binder4j.behaviour;

@JavaDerive(equals=true, toString=true)
parcelable Point {
    int x;
    int y;
    @nullable String label;
}
