package org.binder4j.examples.test;

union Shape {
    parcelable Rect {
        int width;
        int height;
    }

    int circleRadius;
    Rect rect;
    String named;
}
