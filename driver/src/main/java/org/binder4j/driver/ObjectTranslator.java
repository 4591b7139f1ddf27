package org.binder4j.driver;

import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.Errno.EBADF;
import static org.binder4j.protocol.Errno.EINVAL;
import static org.binder4j.protocol.Errno.EPERM;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_OFFSET;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_BINDER;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_FD;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_FDA;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_HANDLE;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_PTR;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_WEAK_BINDER;
import static org.binder4j.protocol.FlatObjectDescriptor.BINDER_TYPE_WEAK_HANDLE;
import static org.binder4j.protocol.FlatObjectDescriptor.COOKIE_OFFSET;
import static org.binder4j.protocol.FlatObjectDescriptor.FD_OFFSET;
import static org.binder4j.protocol.FlatObjectDescriptor.FLAGS_OFFSET;
import static org.binder4j.protocol.FlatObjectDescriptor.HANDLE_OFFSET;
import static org.binder4j.protocol.FlatObjectDescriptor.TYPE_OFFSET;

import java.lang.foreign.MemorySegment;
import org.binder4j.protocol.FlatObjectDescriptor;
import org.binder4j.protocol.TransactionFlags;

/**
 * Validates the offsets table of a transaction copied into the receiver's buffer and rewrites each
 * object for the receiver: the sender's local objects become handles, handles become the receiver's
 * handles, or the original object when they reach its owner; an FD object takes the next file the
 * sender attached and carries its index among the buffer's files. The counts and files this takes are
 * recorded in the buffer, which holds them until it is freed or read.
 */
final class ObjectTranslator {
    // binder_fd_array_object and binder_buffer_object (an FD object has the flat_binder_object layout).
    private static final int FDA_OBJECT_SIZE = 32;
    private static final int PTR_OBJECT_SIZE = 40;

    private final NodeRefs nodeRefs;
    /** Why the last {@link #translate} failed. */
    FailureSite failureSite;
    String failureDetail;

    ObjectTranslator(NodeRefs nodeRefs) {
        this.nodeRefs = nodeRefs;
    }

    /**
     * Translates every object of {@code buffer}, which is in {@code target}'s area and comes from
     * {@code sender}. On failure the counts and files taken so far stay recorded in the buffer, for its
     * release.
     *
     * @param inReplyTo the call a reply answers, null for a call (whose target is the buffer's node)
     * @return 0, or a negative errno (-EINVAL, -EPERM, -EBADF) with {@link #failureSite} and
     *     {@link #failureDetail}
     */
    int translate(BinderThread sender, BinderProc target, TransactionBuffer buffer, Transaction inReplyTo) {
        MemorySegment area = target.area;
        long offsetsAt = buffer.offsetsOffset();
        long count = buffer.offsetsSize / 8;
        long minimumOffset = 0;
        for (long i = 0; i < count; i++) {
            long objectOffset = area.get(LONG, offsetsAt + 8 * i);
            long size = objectSize(area, buffer, objectOffset);
            if (size == 0 || objectOffset < minimumOffset) {
                return fail(FailureSite.BAD_OFFSET, -EINVAL, "invalid offset " + Long.toUnsignedString(objectOffset) + " (min "
                        + minimumOffset + ", data size " + buffer.dataSize + ") or object");
            }
            minimumOffset = objectOffset + size;
            long at = buffer.offset + objectOffset;
            int type = area.get(INT, at + TYPE_OFFSET);
            int result = switch (type) {
                case BINDER_TYPE_BINDER, BINDER_TYPE_WEAK_BINDER ->
                        translateBinder(sender, target, buffer, at, type == BINDER_TYPE_BINDER);
                case BINDER_TYPE_HANDLE, BINDER_TYPE_WEAK_HANDLE ->
                        translateHandle(sender, target, buffer, at, type == BINDER_TYPE_HANDLE);
                case BINDER_TYPE_FD -> translateFd(sender, target, buffer, inReplyTo, at, objectOffset);
                default -> fail(FailureSite.UNSUPPORTED_OBJECT, -EINVAL, FlatObjectDescriptor.typeName(type)
                        + " objects are not supported yet");
            };
            if (result != 0) {
                return result;
            }
        }
        return 0;
    }

    /** The size of a valid object at {@code objectOffset} in the buffer's data, or 0. */
    private static long objectSize(MemorySegment area, TransactionBuffer buffer, long objectOffset) {
        long dataSize = buffer.dataSize;
        if (objectOffset < 0 || (objectOffset & 3) != 0 || dataSize < 4 || objectOffset > dataSize - 4) {
            return 0;
        }
        long size = switch (area.get(INT, buffer.offset + objectOffset + TYPE_OFFSET)) {
            case BINDER_TYPE_BINDER, BINDER_TYPE_WEAK_BINDER, BINDER_TYPE_HANDLE, BINDER_TYPE_WEAK_HANDLE,
                 BINDER_TYPE_FD -> FlatObjectDescriptor.SIZE_BYTES;
            case BINDER_TYPE_FDA -> FDA_OBJECT_SIZE;
            case BINDER_TYPE_PTR -> PTR_OBJECT_SIZE;
            default -> 0;
        };
        return size != 0 && objectOffset <= dataSize - size ? size : 0;
    }

    /** The sender's own object: the receiver gets (or reuses) a ref to its node. */
    private int translateBinder(BinderThread sender, BinderProc target, TransactionBuffer buffer, long at, boolean strong) {
        MemorySegment area = target.area;
        BinderProc proc = sender.proc();
        long ptr = area.get(LONG, at + BINDER_OFFSET);
        long cookie = area.get(LONG, at + COOKIE_OFFSET);
        Node node = proc.nodes.get(ptr);
        if (node == null) {
            node = nodeRefs.newNode(proc, ptr, cookie, area.get(INT, at + FLAGS_OFFSET));
        } else if (node.cookie != cookie) {
            return fail(FailureSite.COOKIE_MISMATCH, -EINVAL, "sending u" + NodeRefs.hex(ptr) + " node " + node.debugId
                    + ", cookie mismatch " + NodeRefs.hex(cookie) + " != " + NodeRefs.hex(node.cookie));
        }
        // Cannot fail: the sending thread is there to take the owner's first news of the node.
        Ref ref = nodeRefs.incRefForNode(target, node, strong, sender);
        buffer.hold(ref, strong);
        area.set(INT, at + TYPE_OFFSET, strong ? BINDER_TYPE_HANDLE : BINDER_TYPE_WEAK_HANDLE);
        writeHandle(area, at, ref.handle);
        return 0;
    }

    /** One of the sender's refs: the owner gets its object back, anyone else a ref of its own. */
    private int translateHandle(BinderThread sender, BinderProc target, TransactionBuffer buffer, long at, boolean strong) {
        MemorySegment area = target.area;
        int handle = area.get(INT, at + HANDLE_OFFSET);
        Ref ref = sender.proc().refs.byHandle(handle);
        if (ref == null || (strong && ref.strong == 0)) {
            return fail(FailureSite.OBJECT_HANDLE, -EINVAL, ref == null
                    ? "invalid handle " + Integer.toUnsignedString(handle)
                    : "handle " + handle + " is a weak ref used as strong");
        }
        Node node = ref.node;
        if (node.proc == target) {
            nodeRefs.incNode(node, strong, false, null);
            buffer.hold(node, strong);
            area.set(INT, at + TYPE_OFFSET, strong ? BINDER_TYPE_BINDER : BINDER_TYPE_WEAK_BINDER);
            area.set(LONG, at + BINDER_OFFSET, node.ptr);
            area.set(LONG, at + COOKIE_OFFSET, node.cookie);
            return 0;
        }
        Ref targetRef = nodeRefs.incRefForNode(target, node, strong, null);
        if (targetRef == null) {
            return fail(FailureSite.OBJECT_REF, -EINVAL, "cannot take a strong ref on node " + node.debugId + " for pid "
                    + target.pid());
        }
        buffer.hold(targetRef, strong);
        writeHandle(area, at, targetRef.handle);
        return 0;
    }

    /**
     * A file of the sender: allowed only towards a node that accepts files, or in the reply to a call that
     * said it accepts them. The receiver finds the file's index among the buffer's files in the object.
     */
    private int translateFd(BinderThread sender, BinderProc target, TransactionBuffer buffer, Transaction inReplyTo,
            long at, long objectOffset) {
        MemorySegment area = target.area;
        Node node = buffer.targetNode;
        if (inReplyTo == null ? !node.acceptFds : (inReplyTo.flags & TransactionFlags.TF_ACCEPT_FDS) == 0) {
            return fail(FailureSite.FDS_NOT_ACCEPTED, -EPERM, inReplyTo == null
                    ? "node " + node.debugId + " of pid " + target.pid() + " does not accept file descriptors"
                    : "transaction " + inReplyTo.debugId + " was sent without TF_ACCEPT_FDS: its reply cannot carry"
                    + " file descriptors");
        }
        if (buffer.fileCount() == FlatObjectDescriptor.MAX_FDS_PER_TRANSACTION) {
            return fail(FailureSite.TOO_MANY_FDS, -EINVAL, "FD object at offset " + objectOffset + " is one more than the "
                    + FlatObjectDescriptor.MAX_FDS_PER_TRANSACTION + " file descriptors a transaction may carry");
        }
        BinderFile file = sender.attachedFiles.poll();
        if (file == null) {
            return fail(FailureSite.FD_NOT_ATTACHED, -EBADF, "FD object at offset " + objectOffset + " (descriptor "
                    + area.get(INT, at + FD_OFFSET) + " of pid " + sender.proc().pid() + ") has no file: the write-read"
                    + " attached " + sender.attachedFileCount + " and earlier FD objects took them");
        }
        // pad_binder is zeroed with the index, as binder zeroes it before writing the new descriptor.
        area.set(LONG, at + FD_OFFSET, buffer.addFile(file));
        return 0;
    }

    private static void writeHandle(MemorySegment area, long at, int handle) {
        area.set(LONG, at + BINDER_OFFSET, 0L);
        area.set(INT, at + HANDLE_OFFSET, handle);
        area.set(LONG, at + COOKIE_OFFSET, 0L);
    }

    private int fail(FailureSite site, int errno, String detail) {
        failureSite = site;
        failureDetail = detail;
        return errno;
    }
}
