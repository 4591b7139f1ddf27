package org.binder4j.behaviour;

/** A byte-backed enum. */
enum Mode { SLOW, FAST = 5, TURBO }
