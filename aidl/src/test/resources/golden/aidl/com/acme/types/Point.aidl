package com.acme.types;

/** A point in the plane, compared by value. */
@JavaDerive(equals=true, toString=true)
parcelable Point {
    /** The origin's coordinates. */
    const int ORIGIN = 0;
    const String UNIT = "m";

    int x;
    int y = ORIGIN;
    @nullable String label;
}
