package org.binder4j.driver;

import java.util.List;

/**
 * A transaction's payload inside the receiving process's area (binder_buffer), with what binder
 * remembers about it: its transaction while one is attached, the node it was sent to (whose strong
 * count it holds, and whose oneway queue waits for it to be freed), whether userspace may free it yet,
 * the reference counts its translated objects hold until it is freed, and the files of its FD objects
 * until the receiver reads it.
 */
final class TransactionBuffer {
    final BinderProc proc;
    final int debugId;
    final long offset;
    final long sizeBytes;
    final long dataSize;
    final long offsetsSize;
    /** Charged to the area's oneway half. */
    final boolean async;
    Transaction transaction;
    Node targetNode;
    boolean allowUserFree;
    boolean clearOnFree;
    // One entry per translated object: the receiver's Ref or, for an object back at its owner, the Node.
    private Object[] held;
    private boolean[] heldStrong;
    private int heldCount;
    // The files of the FD objects in order: an object's index here is what the receiver finds in it.
    private BinderFile[] files;
    private int fileCount;

    TransactionBuffer(BinderProc proc, int debugId, long offset, long sizeBytes, long dataSize, long offsetsSize,
            boolean async) {
        this.proc = proc;
        this.debugId = debugId;
        this.offset = offset;
        this.sizeBytes = sizeBytes;
        this.dataSize = dataSize;
        this.offsetsSize = offsetsSize;
        this.async = async;
    }

    /** Offset of the offsets table in the receive area. */
    long offsetsOffset() {
        return offset + ((dataSize + 7) & -8L);
    }

    /** Records a count taken on {@code refOrNode} that is dropped when the buffer is freed. */
    void hold(Object refOrNode, boolean strong) {
        if (held == null) {
            int capacity = (int) (offsetsSize / 8);
            held = new Object[capacity];
            heldStrong = new boolean[capacity];
        }
        held[heldCount] = refOrNode;
        heldStrong[heldCount] = strong;
        heldCount++;
    }

    /** Takes {@code file} for the next FD object; returns its index, which the object then carries. */
    int addFile(BinderFile file) {
        if (files == null) {
            files = new BinderFile[(int) (offsetsSize / 8)];
        }
        files[fileCount] = file;
        return fileCount++;
    }

    int fileCount() {
        return fileCount;
    }

    /** Moves the files, in order, to {@code into}: the receiver is reading the transaction. */
    void moveFilesTo(List<BinderFile> into) {
        for (int i = 0; i < fileCount; i++) {
            into.add(files[i]);
            files[i] = null;
        }
        fileCount = 0;
    }

    /** Closes the files still here: the transaction never reached its receiver. */
    void closeFiles(BinderContext context) {
        for (int i = 0; i < fileCount; i++) {
            context.closeFile(files[i]);
            files[i] = null;
        }
        fileCount = 0;
    }

    int heldCount() {
        return heldCount;
    }

    Object held(int index) {
        return held[index];
    }

    boolean heldStrong(int index) {
        return heldStrong[index];
    }
}
