package com.acme.types;

/** How a user feels: an int-backed enum that can name its values. */
@JavaDerive(toString=true)
@Backing(type="int")
enum Mood {
    CALM,
    /** Upbeat. */
    HAPPY = 5,
    EXCITED,
    /** @deprecated use EXCITED */
    THRILLED = EXCITED,
}
