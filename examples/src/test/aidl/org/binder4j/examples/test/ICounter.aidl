package org.binder4j.examples.test;

interface ICounter {
    int increment();
}
