package org.binder4j.behaviour;

import org.binder4j.behaviour.Mode;
import org.binder4j.behaviour.Point;

@JavaDerive(equals=true, toString=true)
union Shape {
    int radius = 1;
    String name;
    Point corner;
    Mode mode;
    int[] sides;
}
