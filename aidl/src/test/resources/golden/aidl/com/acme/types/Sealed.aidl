package com.acme.types;

/** An immutable union: no setters. */
@JavaOnlyImmutable
union Sealed {
    int number = 0;
    String text;
}
