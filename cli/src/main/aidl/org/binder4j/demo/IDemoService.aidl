package org.binder4j.demo;

import org.binder4j.demo.IDemoCallback;

/**
 * The demo's service. Its transaction codes are the ones `binder4j service call demo.echo CODE ...` uses:
 * add is 1, echo 2, and so on in this order.
 */
interface IDemoService {
    /** The name the demo server registers with the service manager. */
    const String SERVICE_NAME = "demo.echo";

    int add(int a, int b);
    String echo(String text);
    byte[] echoBytes(in byte[] payload);
    /** Calls callback.onEvent(message) and returns what it answered. */
    String callMeBack(IDemoCallback callback, String message);
    oneway void record(int sequence);
    /** How many oneway records arrived in order, or -1 after one arrived out of order. */
    int recorded();
    /** The calling pid and uid as the server saw them. */
    int[] caller();
}
