package com.acme.svc;

import com.acme.types.Point;

/** A versioned interface (compiled with --version and --hash). */
interface IVersionedStore {
    int get(String key);
    Point where(String key);
}
