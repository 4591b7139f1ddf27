package org.binder4j.driver;

import java.util.Arrays;
import java.util.List;

/**
 * A transaction's payload inside the receiving process's area (binder_buffer), with what binder
 * remembers about it: its transaction while one is attached, the node it was sent to (whose strong
 * count it holds, and whose oneway queue waits for it to be freed), whether userspace may free it yet,
 * the reference counts its translated objects hold until it is freed, and the files of its FD objects
 * until the receiver reads it.
 *
 * <p>Reused: once {@link Buffers#freeSpace} gave its space back, nothing of the driver refers to it any
 * more (its transaction let go of it first, and a receiver that could still refuse its files is told),
 * so the object describes the next buffer, {@link #start started} afresh. Its arrays are kept, grown as
 * needed.
 */
final class TransactionBuffer {
    private static final Object[] NO_OBJECTS = {};
    private static final boolean[] NO_FLAGS = {};
    private static final BinderFile[] NO_FILES = {};

    BinderProc proc;
    int debugId;
    long offset;
    long sizeBytes;
    long dataSize;
    long offsetsSize;
    /** Charged to the area's oneway half. */
    boolean async;
    Transaction transaction;
    Node targetNode;
    boolean allowUserFree;
    boolean clearOnFree;
    /** The thread whose last read delivered this buffer's files: it may still refuse them. */
    BinderThread fileReceiver;
    // One entry per translated object: the receiver's Ref or, for an object back at its owner, the Node.
    private Object[] held = NO_OBJECTS;
    private boolean[] heldStrong = NO_FLAGS;
    private int heldCount;
    // The files of the FD objects in order: an object's index here is what the receiver finds in it.
    private BinderFile[] files = NO_FILES;
    private int fileCount;

    /** Makes this the buffer at {@code offset} of {@code proc}'s area, holding nothing yet. */
    void start(BinderProc proc, int debugId, long offset, long sizeBytes, long dataSize, long offsetsSize,
            boolean async) {
        this.proc = proc;
        this.debugId = debugId;
        this.offset = offset;
        this.sizeBytes = sizeBytes;
        this.dataSize = dataSize;
        this.offsetsSize = offsetsSize;
        this.async = async;
    }

    /** Drops every link once the space is free (the files are already closed or handed over). */
    void clear() {
        proc = null;
        transaction = null;
        targetNode = null;
        allowUserFree = false;
        clearOnFree = false;
        fileReceiver = null;
        Arrays.fill(held, 0, heldCount, null);
        heldCount = 0;
    }

    /** Offset of the offsets table in the receive area. */
    long offsetsOffset() {
        return offset + ((dataSize + 7) & -8L);
    }

    /** Records a count taken on {@code refOrNode} that is dropped when the buffer is freed. */
    void hold(Object refOrNode, boolean strong) {
        if (heldCount == held.length) {
            // Each object of the offsets table takes at most one entry.
            int capacity = Math.max(heldCount + 1, (int) (offsetsSize / 8));
            held = Arrays.copyOf(held, capacity);
            heldStrong = Arrays.copyOf(heldStrong, capacity);
        }
        held[heldCount] = refOrNode;
        heldStrong[heldCount] = strong;
        heldCount++;
    }

    /** Takes {@code file} for the next FD object; returns its index, which the object then carries. */
    int addFile(BinderFile file) {
        if (fileCount == files.length) {
            files = Arrays.copyOf(files, Math.max(fileCount + 1, (int) (offsetsSize / 8)));
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
