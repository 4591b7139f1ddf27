package org.binder4j.examples.test;

import org.binder4j.examples.test.Color;

parcelable Item {
    parcelable Tag {
        String label;
    }

    int id;
    String name = "unnamed";
    long[] values;
    List<String> words;
    Color color = Color.GREEN;
    @nullable Tag tag;
}
