package com.acme.svc;

import com.acme.types.Point;

/** Told about changes; never blocks the caller. */
oneway interface IListener {
    void onMoved(in Point to);
    void onNamed(String name, int serial);
}
