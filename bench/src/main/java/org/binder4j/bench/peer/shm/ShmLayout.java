package org.binder4j.bench.peer.shm;

import org.binder4j.bench.peer.futex.FutexChannel;

/**
 * The shared region of the one-copy echo: a {@link FutexChannel} (its message is the payload length),
 * then a request area and a reply area of {@link #MAX_PAYLOAD_BYTES} each, page aligned.
 */
final class ShmLayout {
    static final int MAX_PAYLOAD_BYTES = 512 * 1024;
    static final long REQUEST_OFFSET = 4096;
    static final long REPLY_OFFSET = REQUEST_OFFSET + MAX_PAYLOAD_BYTES;
    static final long SIZE_BYTES = REPLY_OFFSET + MAX_PAYLOAD_BYTES;

    static {
        if (FutexChannel.SIZE_BYTES > REQUEST_OFFSET) {
            throw new AssertionError("the channel overlaps the request area");
        }
    }

    private ShmLayout() {}
}
