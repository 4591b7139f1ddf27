package org.binder4j.bench.peer.uds;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;

/**
 * The raw socket protocol: a frame is an op (int), a payload length (int) and the payload. Add carries an
 * int and is answered with it plus one; Ping is not answered; Count is answered with the number of Pings
 * received on the connection (a long); Echo is answered with its payload.
 */
final class UdsFrames {
    static final int OP_ADD = 1;
    static final int OP_PING = 2;
    static final int OP_COUNT = 3;
    static final int OP_ECHO = 4;
    static final int HEADER_BYTES = 8;
    static final int MAX_PAYLOAD_BYTES = 512 * 1024;

    private UdsFrames() {}

    /** A direct buffer for frames of up to {@code payloadBytes}. */
    static ByteBuffer buffer(int payloadBytes) {
        return ByteBuffer.allocateDirect(HEADER_BYTES + payloadBytes);
    }

    /** Writes the frame in {@code buffer}'s first {@code HEADER_BYTES + length} bytes, op and length set here. */
    static void send(SocketChannel channel, ByteBuffer buffer, int op, int length) throws IOException {
        buffer.putInt(0, op).putInt(4, length).clear().limit(HEADER_BYTES + length);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /**
     * Reads one frame into {@code buffer}, whose limit is then its capacity again (so an answer can be
     * put in place); returns the payload length, or -1 at a clean end of stream.
     *
     * @throws IOException for a frame larger than the buffer, or a stream that ends inside a frame
     */
    static int receive(SocketChannel channel, ByteBuffer buffer) throws IOException {
        buffer.clear().limit(HEADER_BYTES);
        if (!readFully(channel, buffer, true)) {
            return -1;
        }
        int length = buffer.getInt(4);
        if (length < 0 || length > buffer.capacity() - HEADER_BYTES) {
            throw new IOException("frame of " + length + " bytes, the buffer holds " + (buffer.capacity() - HEADER_BYTES));
        }
        buffer.limit(HEADER_BYTES + length);
        readFully(channel, buffer, false);
        buffer.clear();
        return length;
    }

    static int op(ByteBuffer buffer) {
        return buffer.getInt(0);
    }

    private static boolean readFully(SocketChannel channel, ByteBuffer buffer, boolean endAllowed) throws IOException {
        while (buffer.hasRemaining()) {
            if (channel.read(buffer) < 0) {
                if (endAllowed && buffer.position() == 0) {
                    return false;
                }
                throw new EOFException("the stream ended inside a frame, after " + buffer.position() + " of "
                        + buffer.limit() + " bytes");
            }
        }
        return true;
    }
}
