package org.binder4j.driver;

import static org.binder4j.protocol.Errno.ENOSPC;
import static org.binder4j.protocol.Errno.ESRCH;

import org.binder4j.protocol.TransactionBufferDescriptor;

/**
 * Transaction buffers in receive areas: allocating one for an incoming transaction, and freeing it —
 * on BC_FREE_BUFFER, when its transaction failed or was dropped, or with its process — which releases
 * the counts it holds and lets the next oneway to its node through.
 */
final class Buffers {
    // Larger sizes cannot fit any area; capping them keeps the size arithmetic from overflowing.
    private static final long SIZE_CAP = 1L << 40;
    /** Freed buffers kept for reuse: as many as transactions usually have in flight at once. */
    private static final int FREE_BUFFERS_KEPT = 128;

    private final BinderContext context;
    private final Dispatcher dispatcher;
    private final NodeRefs nodeRefs;
    private final FreeList<TransactionBuffer> freeBuffers = new FreeList<>(FREE_BUFFERS_KEPT);
    /** Why the last {@link #allocate} failed. */
    int failureErrno;
    FailureSite failureSite;
    String failureDetail;

    Buffers(BinderContext context, Dispatcher dispatcher, NodeRefs nodeRefs) {
        this.context = context;
        this.dispatcher = dispatcher;
        this.nodeRefs = nodeRefs;
    }

    /** @return the new buffer, or null with {@link #failureErrno} -ESRCH or -ENOSPC */
    TransactionBuffer allocate(BinderProc proc, long dataSize, long offsetsSize, boolean async, int debugId) {
        ReceiveAllocator allocator = proc.allocator;
        if (allocator == null) {
            return fail(-ESRCH, FailureSite.NO_RECEIVE_AREA, "pid " + proc.pid() + " has no receive area");
        }
        long size = TransactionBufferDescriptor.bufferSizeBytes(Math.min(dataSize, SIZE_CAP), Math.min(offsetsSize, SIZE_CAP));
        long offset = allocator.allocate(size, async);
        if (offset == ReceiveAllocator.NO_ASYNC_SPACE) {
            return fail(-ENOSPC, FailureSite.NO_ASYNC_SPACE, "oneway space of pid " + proc.pid() + " exhausted: need "
                    + size + " bytes, " + allocator.freeAsyncSpace() + " of " + allocator.sizeBytes() / 2
                    + " async bytes left, " + usage(allocator));
        }
        if (offset == ReceiveAllocator.NO_SPACE) {
            return fail(-ENOSPC, FailureSite.NO_SPACE, "receive area of pid " + proc.pid() + " exhausted: need " + size
                    + " bytes, " + usage(allocator));
        }
        TransactionBuffer buffer = freeBuffers.poll();
        if (buffer == null) {
            buffer = new TransactionBuffer();
        }
        buffer.start(proc, debugId, offset, size, dataSize, offsetsSize, async);
        proc.buffers.put(offset, buffer);
        return buffer;
    }

    /** BC_FREE_BUFFER: only a delivered buffer of the thread's own process can be freed. */
    void freeByUser(BinderThread thread, long dataOffset) {
        TransactionBuffer buffer = thread.proc().buffers.get(dataOffset);
        if (buffer == null) {
            context.userErrors.report(thread, "BC_FREE_BUFFER " + NodeRefs.hex(dataOffset) + " no match");
            return;
        }
        if (!buffer.allowUserFree) {
            context.userErrors.report(thread, "BC_FREE_BUFFER " + NodeRefs.hex(dataOffset)
                    + " matched unreturned or currently freeing buffer");
            return;
        }
        buffer.allowUserFree = false;
        release(buffer);
    }

    /** Frees a buffer of a live process (binder_free_buf). */
    void release(TransactionBuffer buffer) {
        if (buffer.transaction != null) {
            buffer.transaction.buffer = null;
            buffer.transaction = null;
        }
        Node node = buffer.targetNode;
        if (buffer.async && node != null) {
            // The node's next oneway may run now.
            Work next = node.asyncTodo.poll();
            if (next == null) {
                node.hasAsyncTransaction = false;
            } else {
                dispatcher.enqueueProcWork(buffer.proc, next);
            }
        }
        releaseCounts(buffer);
        freeSpace(buffer);
    }

    /** Frees the buffer of a transaction that failed while it was being built. */
    void releaseFailed(TransactionBuffer buffer) {
        releaseCounts(buffer);
        freeSpace(buffer);
    }

    /**
     * Gives the buffer's space back, and closes the files it still carries, without releasing its counts:
     * for a dying process, whose own refs and nodes (all that its buffers hold counts on) are released
     * wholesale. The buffer object is reused afterwards: its caller must not touch it again.
     */
    void freeSpace(TransactionBuffer buffer) {
        buffer.closeFiles(context);
        BinderProc proc = buffer.proc;
        proc.buffers.remove(buffer.offset);
        if (buffer.clearOnFree) {
            proc.area.asSlice(buffer.offset, buffer.sizeBytes).fill((byte) 0);
        }
        proc.allocator.free(buffer.offset, buffer.sizeBytes, buffer.async);
        // Its receiver's refusal of the files would otherwise reach the buffer's next use.
        BinderThread receiver = buffer.fileReceiver;
        if (receiver != null && receiver.fileDelivery == buffer) {
            receiver.fileDelivery = null;
        }
        buffer.clear();
        freeBuffers.offer(buffer);
    }

    private void releaseCounts(TransactionBuffer buffer) {
        if (buffer.targetNode != null) {
            nodeRefs.decNode(buffer.targetNode, true, false);
        }
        for (int i = 0; i < buffer.heldCount(); i++) {
            boolean strong = buffer.heldStrong(i);
            if (buffer.held(i) instanceof Ref ref) {
                // Userspace may have dropped the count this buffer held (or the whole ref) itself.
                if (ref.deleted || !nodeRefs.decRef(ref, strong)) {
                    context.userErrors.report(buffer.proc, "buffer " + buffer.debugId + " releases "
                            + (strong ? "strong" : "weak") + " count of handle " + ref.handle + " it no longer has");
                }
            } else {
                nodeRefs.decNode((Node) buffer.held(i), strong, false);
            }
        }
    }

    private TransactionBuffer fail(int errno, FailureSite site, String detail) {
        failureErrno = errno;
        failureSite = site;
        failureDetail = detail;
        return null;
    }

    private static String usage(ReceiveAllocator allocator) {
        return "largest free " + allocator.largestFreeBytes() + ", " + allocator.bytesInUse() + " of "
                + allocator.sizeBytes() + " in use";
    }
}
