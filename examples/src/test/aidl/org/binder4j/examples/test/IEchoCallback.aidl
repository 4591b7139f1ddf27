package org.binder4j.examples.test;

interface IEchoCallback {
    String echo(String text);
}
