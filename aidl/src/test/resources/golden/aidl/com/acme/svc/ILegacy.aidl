package com.acme.svc;

/** Java-only legacy types. */
interface ILegacy {
    List rawList(in List input);
    Map rawMap(inout Map input);
    CharSequence title(CharSequence input);
    FileDescriptor dup(in FileDescriptor fd);
    void dupAll(in FileDescriptor[] fds, out FileDescriptor[] copies);
}
