package com.example.probe;

import com.example.Greeter;
import com.example.Greeting;

/** Implements a test interface that uses a main parcelable. */
public final class Probe extends IProbe.Stub {
    @Override
    public Greeting last() {
        return new Greeter().greet("probe");
    }
}
