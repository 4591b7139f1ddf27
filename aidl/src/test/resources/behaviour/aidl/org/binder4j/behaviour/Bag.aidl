package org.binder4j.behaviour;

import org.binder4j.behaviour.Level;
import org.binder4j.behaviour.Mode;
import org.binder4j.behaviour.Point;
import org.binder4j.behaviour.Shape;

/** A parcelable holding one of each kind of field. */
@JavaDerive(equals=true, toString=true)
parcelable Bag {
    boolean flag;
    byte small;
    char letter;
    int number;
    long big;
    float ratio;
    double precise;
    String text;
    @nullable String maybe;
    int[] numbers;
    String[] words;
    Mode mode = Mode.FAST;
    Level level = Level.HIGH;
    Mode[] modes;
    Point point;
    @nullable Point maybePoint;
    Point[] points;
    Shape shape;
    List<String> tags;
    List<Point> trail;
    Map<String, Point> places;
    Map<String, String[]> aliases;
    int[2][2] grid;
    IBinder token;
    ParcelableHolder extension;
    Inner inner;

    parcelable Inner {
        String note;
    }
}
