package org.binder4j.internal.daemon;

import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.wire.WireDescriptor.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.binder4j.protocol.DriverThread;
import org.binder4j.protocol.Errno;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionDataDescriptor;
import org.binder4j.protocol.WriteRead;
import org.binder4j.sys.Errnos;
import org.binder4j.sys.Fds;
import org.binder4j.sys.MappedRegion;
import org.binder4j.sys.Memfd;
import org.binder4j.sys.Os;
import org.binder4j.sys.ReceivedFds;
import org.binder4j.sys.SysException;
import org.binder4j.sys.UnixSocket;

/**
 * A binder thread's connection to the daemon: one socket (a blocked read is a pending response) and a
 * send buffer, a memfd this process writes and the daemon maps read-only, so the daemon's single copy
 * goes straight from it into the receiver's area. Descriptors travel as SCM_RIGHTS on the write-read
 * messages; when this process cannot take those of a response (its descriptor table is full), it refuses
 * that delivery, as {@link org.binder4j.protocol.wire.WireDescriptor} describes.
 */
final class DaemonDriverThread implements DriverThread {
    private static final long INITIAL_SEND_BUFFER_BYTES = 1024 * 1024;
    private static final long PAGE_BYTES = 4096;
    /** A BR_TRANSACTION or BR_REPLY: the return word and its binder_transaction_data. */
    private static final long TRANSACTION_RECORD_BYTES = 4 + TransactionDataDescriptor.SIZE_BYTES;

    private final DaemonDriverSession session;
    private final int fd;
    private final int tid;
    private final Arena arena = Arena.ofShared();
    private final MemorySegment message = arena.allocate(MAX_MESSAGE_BYTES, 8);
    private final ReceivedFds receivedFds = new ReceivedFds();
    private MappedRegion sendBuffer;
    private boolean closed;

    private DaemonDriverThread(DaemonDriverSession session, int fd, int tid, MappedRegion sendBuffer) {
        this.session = session;
        this.fd = fd;
        this.tid = tid;
        this.sendBuffer = sendBuffer;
    }

    static DaemonDriverThread open(DaemonDriverSession session) {
        int tid = Os.gettid();
        int fd = UnixSocket.connect(session.socketPath());
        int memfd = -1;
        try {
            memfd = Memfd.create("binder4j-send-" + tid, INITIAL_SEND_BUFFER_BYTES);
            MappedRegion sendBuffer = MappedRegion.map(memfd, INITIAL_SEND_BUFFER_BYTES, true);
            DaemonDriverThread thread = new DaemonDriverThread(session, fd, tid, sendBuffer);
            WireIo.putHello(thread.message, KIND_THREAD, tid, session.token(), INITIAL_SEND_BUFFER_BYTES);
            UnixSocket.sendWithFds(fd, thread.message, HELLO_SIZE_BYTES, memfd);
            WireIo.awaitWelcome(fd, thread.message, session.socketPath());
            return thread;
        } catch (RuntimeException e) {
            Fds.closeQuietly(fd);
            throw e;
        } finally {
            if (memfd >= 0) {
                Fds.closeQuietly(memfd);
            }
        }
    }

    @Override
    public int tid() {
        return tid;
    }

    @Override
    public MemorySegment sendBuffer(long minSizeBytes) {
        if (minSizeBytes <= sendBuffer.sizeBytes()) {
            return sendBuffer.segment();
        }
        long size = (Math.max(minSizeBytes, sendBuffer.sizeBytes() * 2) + PAGE_BYTES - 1) & -PAGE_BYTES;
        int memfd = Memfd.create("binder4j-send-" + tid, size);
        try {
            MappedRegion grown = MappedRegion.map(memfd, size, true);
            putHeader(SEND_BUFFER, 0, size, 0);
            UnixSocket.sendWithFds(fd, message, HEADER_SIZE_BYTES, memfd);
            int received = UnixSocket.receive(fd, message, MAX_MESSAGE_BYTES);
            if (received < HEADER_SIZE_BYTES || message.get(INT, STATUS_OFFSET) != 0) {
                grown.close();
                throw new IllegalStateException("the daemon did not take a send buffer of " + size + " bytes");
            }
            sendBuffer.close();
            sendBuffer = grown;
            return grown.segment();
        } finally {
            Fds.closeQuietly(memfd);
        }
    }

    @Override
    public int writeRead(WriteRead bwr) {
        long writeBytes = bwr.writeSize - bwr.writeConsumed;
        long readBytes = bwr.readSize - bwr.readConsumed;
        if (writeBytes > MAX_IO_BYTES || readBytes > MAX_IO_BYTES) {
            throw new IllegalArgumentException("write-read of " + writeBytes + " command bytes and " + readBytes
                    + " read bytes exceeds the wire limit of " + MAX_IO_BYTES);
        }
        boolean detached = bwr.detached && readBytes == 0 && bwr.writeFdCount == 0 && writeBytes > 0;
        int flags = (bwr.nonBlocking ? FLAG_NONBLOCK : 0)
                | (bwr.readPastCompletion && readBytes > 0 ? FLAG_READ_PAST_COMPLETE : 0)
                | (detached ? FLAG_NO_RESPONSE : 0);
        bwr.readFdCount = 0;
        putHeader(WRITE_READ, flags, readBytes, writeBytes);
        if (writeBytes > 0) {
            MemorySegment.copy(bwr.writeBuffer, bwr.writeConsumed, message, HEADER_SIZE_BYTES, writeBytes);
        }
        try {
            sendWithFds(HEADER_SIZE_BYTES + writeBytes, bwr);
            if (detached) {
                bwr.writeConsumed += writeBytes;
                return 0;
            }
            if (!receive()) {
                return -Errno.ECONNRESET;
            }
            bwr.writeConsumed += message.get(LONG, ARG0_OFFSET);
            while (receivedFds.truncated()) {
                if (!refuseDelivery(bwr, flags)) {
                    return -Errno.ECONNRESET;
                }
            }
        } catch (SysException e) {
            return -Errno.ECONNRESET;
        }
        takeReturns(bwr, message.get(LONG, ARG1_OFFSET));
        takeFds(bwr);
        return message.get(INT, STATUS_OFFSET);
    }

    /**
     * Sends the request in {@link #message} with the write's descriptors. If one of them is not open the
     * request goes without any, and the driver fails the transaction's FD objects for lack of files.
     */
    private void sendWithFds(long sizeBytes, WriteRead bwr) {
        int count = bwr.writeFdCount;
        bwr.writeFdCount = 0;
        if (count > 0) {
            try {
                UnixSocket.sendWithFds(fd, message, sizeBytes, bwr.writeFds, count);
                return;
            } catch (SysException e) {
                if (e.errno() != Errnos.EBADF) {
                    throw e;
                }
            }
        }
        UnixSocket.send(fd, message, sizeBytes);
    }

    /** Receives a response into {@link #message}; false if the daemon is gone. */
    private boolean receive() {
        int received = UnixSocket.receive(fd, message, MAX_MESSAGE_BYTES, receivedFds);
        if (received < HEADER_SIZE_BYTES) {
            receivedFds.closeAll();
            return false;
        }
        return true;
    }

    /**
     * The response's descriptors did not all arrive: closes those that did, keeps the returns before the
     * transaction they belonged to (its record ends the response), and asks the daemon to undo that
     * delivery and read on.
     *
     * @return false if the daemon is gone or broke the protocol
     */
    private boolean refuseDelivery(WriteRead bwr, int flags) {
        receivedFds.closeAll();
        long readConsumed = message.get(LONG, ARG1_OFFSET) - TRANSACTION_RECORD_BYTES;
        int last = readConsumed < 0 ? 0 : message.get(INT, HEADER_SIZE_BYTES + readConsumed);
        if (last != Returns.BR_TRANSACTION && last != Returns.BR_REPLY) {
            return false;
        }
        takeReturns(bwr, readConsumed);
        putHeader(WRITE_READ, flags | FLAG_FDS_REFUSED, bwr.readSize - bwr.readConsumed, 0);
        UnixSocket.send(fd, message, HEADER_SIZE_BYTES);
        return receive();
    }

    private void takeReturns(WriteRead bwr, long readConsumed) {
        if (readConsumed > 0) {
            MemorySegment.copy(message, HEADER_SIZE_BYTES, bwr.readBuffer, bwr.readConsumed, readConsumed);
            bwr.readConsumed += readConsumed;
        }
    }

    private void takeFds(WriteRead bwr) {
        int count = receivedFds.count();
        if (count == 0) {
            return;
        }
        if (bwr.readFds.length < count) {
            bwr.readFds = Arrays.copyOf(bwr.readFds, count);
        }
        for (int i = 0; i < count; i++) {
            bwr.readFds[i] = receivedFds.get(i);
        }
        bwr.readFdCount = count;
        receivedFds.clear();
    }

    @Override
    public String takeErrorDetail() {
        putHeader(ERROR_DETAIL, 0, 0, 0);
        try {
            UnixSocket.send(fd, message, HEADER_SIZE_BYTES);
            int received = UnixSocket.receive(fd, message, MAX_MESSAGE_BYTES);
            if (received <= HEADER_SIZE_BYTES) {
                return null;
            }
            return new String(message.asSlice(HEADER_SIZE_BYTES, received - HEADER_SIZE_BYTES).toArray(ValueLayout.JAVA_BYTE),
                    StandardCharsets.UTF_8);
        } catch (SysException e) {
            return null;
        }
    }

    private void putHeader(int type, int flags, long arg0, long arg1) {
        message.set(INT, TYPE_OFFSET, type);
        message.set(INT, FLAGS_OFFSET, flags);
        message.set(LONG, ARG0_OFFSET, arg0);
        message.set(LONG, ARG1_OFFSET, arg1);
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        UnixSocket.shutdown(fd);
        Fds.closeQuietly(fd);
        sendBuffer.close();
    }
}
