package org.binder4j.behaviour.versions;

import org.binder4j.behaviour.versions.Note;

/** Version 2 (compiled with --version 2 --hash): a method added at the end. */
interface IVersioned {
    int first();
    Note echo(in Note note);
    int second();
}
