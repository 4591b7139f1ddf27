package org.binder4j.behaviour.versions;

import org.binder4j.behaviour.versions.Note;

/** Version 1 (compiled with --version 1 --hash). */
interface IVersioned {
    int first();
    Note echo(in Note note);
}
