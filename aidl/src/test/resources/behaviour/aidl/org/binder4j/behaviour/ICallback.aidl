package org.binder4j.behaviour;

/** Called back by the service. */
interface ICallback {
    int twice(int value);
    oneway void onEvent(int code, String text);
}
