package org.binder4j.behaviour;

/** A long-backed enum with values beyond 32 bits. */
@Backing(type="long")
enum Level { LOW = 1, HIGH = 1L << 40 }
