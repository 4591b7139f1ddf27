package org.binder4j.demo;

/** What the demo client passes to the server, which calls it back. */
interface IDemoCallback {
    /** Answers with the message and the thread it ran on. */
    String onEvent(String message);
}
