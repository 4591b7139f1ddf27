package com.acme.svc;

/** Nested declarations. */
interface IDirectory {
    /** An entry's state. */
    enum State { ACTIVE = 1, GONE }

    parcelable Entry {
        String key;
        State state = State.ACTIVE;
        @nullable Entry.Note note;

        parcelable Note {
            String text;
        }
    }

    /** Told about entries. */
    interface IWatcher {
        oneway void changed(in Entry entry);
    }

    Entry lookup(String key);
    State stateOf(String key);
    void watch(IWatcher watcher);
}
