package org.binder4j.cli.demo;

import org.binder4j.IBinder;

/**
 * The demo's interface, written by hand as AIDL would generate it: the descriptor and one transaction
 * code per method.
 */
final class DemoProtocol {
    static final String DESCRIPTOR = "org.binder4j.demo.IDemoService";
    static final String CALLBACK_DESCRIPTOR = "org.binder4j.demo.IDemoCallback";
    static final String SERVICE_NAME = "demo.echo";

    /** int add(int a, int b) */
    static final int ADD = IBinder.FIRST_CALL_TRANSACTION;
    /** String echo(String text) */
    static final int ECHO = IBinder.FIRST_CALL_TRANSACTION + 1;
    /** byte[] echoBytes(byte[] payload) */
    static final int ECHO_BYTES = IBinder.FIRST_CALL_TRANSACTION + 2;
    /** String callMeBack(IBinder callback, String message): the server calls callback.onEvent(message). */
    static final int CALL_ME_BACK = IBinder.FIRST_CALL_TRANSACTION + 3;
    /** oneway void record(int sequence) */
    static final int RECORD = IBinder.FIRST_CALL_TRANSACTION + 4;
    /** int recorded(): how many oneway records arrived in order, or -1 after one arrived out of order. */
    static final int RECORDED = IBinder.FIRST_CALL_TRANSACTION + 5;
    /** int[] caller(): the calling pid and uid as the server saw them. */
    static final int CALLER = IBinder.FIRST_CALL_TRANSACTION + 6;

    /** IDemoCallback: String onEvent(String message), answered with the thread it ran on. */
    static final int ON_EVENT = IBinder.FIRST_CALL_TRANSACTION;

    private DemoProtocol() {}
}
