package org.binder4j.driver;

/**
 * A process's reference to another process's node (binder_ref), named in that process by its handle.
 * Its counts are what userspace asked for plus what in-flight buffers hold; it is deleted when both
 * reach zero.
 */
final class Ref {
    final int debugId;
    final BinderProc proc;
    final Node node;
    final int handle;
    int strong;
    int weak;
    DeathRecord death;
    boolean deleted;

    Ref(int debugId, BinderProc proc, Node node, int handle) {
        this.debugId = debugId;
        this.proc = proc;
        this.node = node;
        this.handle = handle;
    }
}
