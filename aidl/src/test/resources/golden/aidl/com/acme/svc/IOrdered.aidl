package com.acme.svc;

/** Explicit transaction ids. */
interface IOrdered {
    void second() = 2;
    void first() = 1;
    oneway void zero() = 0;
}
