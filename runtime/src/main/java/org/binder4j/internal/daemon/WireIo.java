package org.binder4j.internal.daemon;

import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.SHORT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.wire.WireDescriptor.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.binder4j.protocol.ProtocolVersion;
import org.binder4j.sys.Fds;
import org.binder4j.sys.Received;
import org.binder4j.sys.UnixSocket;

/** Hello and request/response exchanges of the daemon's wire protocol, client side. */
final class WireIo {
    private WireIo() {}

    /** Writes a hello header into {@code buffer}. */
    static void putHello(MemorySegment buffer, short kind, int tid, long tokenOrAreaSize, long sendBufferSize) {
        buffer.asSlice(0, HELLO_SIZE_BYTES).fill((byte) 0);
        buffer.set(INT, MAGIC_OFFSET, MAGIC);
        buffer.set(SHORT, VERSION_OFFSET, (short) ProtocolVersion.WIRE);
        buffer.set(SHORT, KIND_OFFSET, kind);
        buffer.set(INT, BINDER_VERSION_OFFSET, ProtocolVersion.BINDER);
        buffer.set(INT, TID_OFFSET, tid);
        buffer.set(LONG, TOKEN_OFFSET, tokenOrAreaSize);
        buffer.set(LONG, SEND_BUFFER_SIZE_OFFSET, sendBufferSize);
    }

    /**
     * Receives the answer to a hello.
     *
     * @return the descriptors that came with a welcome
     * @throws IllegalStateException with the daemon's reason when refused, or when the answer is not a welcome
     */
    static int[] awaitWelcome(int fd, MemorySegment buffer, Path socketPath) {
        Received received = UnixSocket.receiveWithFds(fd, buffer, buffer.byteSize(), 1);
        int size = received.sizeBytes();
        if (size < HELLO_SIZE_BYTES || buffer.get(INT, MAGIC_OFFSET) != MAGIC) {
            closeAll(received.fds());
            throw new IllegalStateException("the process at " + socketPath + " did not answer as a binder4j daemon ("
                    + size + " bytes)");
        }
        if (buffer.get(SHORT, KIND_OFFSET) == TYPE_REFUSED) {
            closeAll(received.fds());
            String reason = new String(buffer.asSlice(HELLO_SIZE_BYTES, size - HELLO_SIZE_BYTES)
                    .toArray(ValueLayout.JAVA_BYTE), StandardCharsets.UTF_8);
            throw new IllegalStateException("the binder4j daemon at " + socketPath + " refused the connection: " + reason);
        }
        return received.fds();
    }

    private static void closeAll(int[] fds) {
        for (int fd : fds) {
            Fds.closeQuietly(fd);
        }
    }
}
