package org.binder4j.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;

/**
 * Per-thread native buffers, so that hot calls (send, receive, futex, eventfd) allocate nothing. A buffer
 * is only valid until the next call on the same thread that uses it; nothing here may be handed to
 * another thread. The memory is freed by the GC once the thread is gone ({@link Arena#ofAuto()}).
 */
final class Scratch {
    /** The kernel's limit on descriptors in one SCM_RIGHTS message (SCM_MAX_FD). */
    static final int MAX_FDS = 253;
    private static final long SMALL_SIZE = 16;

    private static final ThreadLocal<Scratch> CURRENT = ThreadLocal.withInitial(Scratch::new);

    /** errno as captured by {@link Linker.Option#captureCallState}. */
    final MemorySegment callState;
    final MemorySegment msghdr;
    final MemorySegment iovec;
    /** Room for the largest SCM_RIGHTS control message. */
    final MemorySegment control;
    /** 16 bytes for a timespec, pollfd, epoll_event or eventfd counter. */
    final MemorySegment small;

    private Scratch() {
        long stateSize = Msg.align8(Linker.Option.captureStateLayout().byteSize());
        long controlSize = Msg.controlSpace(MAX_FDS);
        MemorySegment all = Arena.ofAuto()
                .allocate(stateSize + Msg.MSGHDR_SIZE + Msg.IOVEC_SIZE + SMALL_SIZE + controlSize, 8);
        long offset = 0;
        callState = all.asSlice(offset, stateSize);
        msghdr = all.asSlice(offset += stateSize, Msg.MSGHDR_SIZE);
        iovec = all.asSlice(offset += Msg.MSGHDR_SIZE, Msg.IOVEC_SIZE);
        small = all.asSlice(offset += Msg.IOVEC_SIZE, SMALL_SIZE);
        control = all.asSlice(offset + SMALL_SIZE, controlSize);
    }

    static Scratch get() {
        return CURRENT.get();
    }
}
