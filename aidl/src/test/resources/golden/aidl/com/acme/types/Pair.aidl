package com.acme.types;

/** A generic parcelable: the parameters appear in the class only. */
parcelable Pair<A, B> {
    int count = 2;
}
