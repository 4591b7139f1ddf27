package com.example;

/** Implements the generated stub: the generated code compiles and is usable from Java. */
public final class Greeter extends IGreeter.Stub {
    @Override
    public Greeting greet(String name) {
        Greeting greeting = new Greeting();
        greeting.text = "hello, " + name;
        return greeting;
    }

    @Override
    public void forget(Greeting greeting) {
    }
}
