package com.acme.types;

import com.acme.types.Mood;

/** An immutable parcelable: final fields, a constructor and a builder. */
@JavaOnlyImmutable
@JavaDerive(equals=true, toString=true)
parcelable Frozen {
    int id = 1;
    String name;
    Mood mood = Mood.CALM;
    List<String> tags;
    Map<String, String> labels;
    Part part;

    @JavaOnlyImmutable
    parcelable Part {
        long size;
    }
}
