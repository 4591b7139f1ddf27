package com.acme.types;

import com.acme.types.Mood;
import com.acme.types.Point;

/** Every kind of field a structured parcelable can hold. */
@JavaDerive(toString=true)
parcelable Record {
    boolean flag = true;
    byte small = -1;
    char letter = 'r';
    long big = 1L << 40;
    float ratio = 0.25f;
    double precise = 1e-3;
    String name = "record";
    int[] numbers = {1, 2, 3};
    String[] words;
    Mood mood = Mood.HAPPY;
    Mood[] moods;
    Point where;
    @nullable(heap=true) Record parent;
    Point[] path;
    List<String> tags;
    List<Point> points;
    Map<String, Point> named;
    Map<String, List<Point>> routes;
    IBinder token;
    @nullable ParcelFileDescriptor log;
    ParcelableHolder extension;
    Detail detail;

    /** A nested parcelable. */
    parcelable Detail {
        String note;
    }
}
