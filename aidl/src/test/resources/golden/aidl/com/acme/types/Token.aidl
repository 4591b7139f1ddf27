package com.acme.types;

import com.acme.types.Mood;
import com.acme.types.Point;

/** One of several kinds of value. */
@JavaDerive(equals=true, toString=true)
union Token {
    const int MAX_TEXT = 64;

    /** A count, the default. */
    int count = 3;
    String text;
    Point at;
    Mood mood;
    byte[] raw;
    List<Point> trail;
    @nullable IBinder handle;
}
