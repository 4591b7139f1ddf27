package org.binder4j.it.fd;

import java.io.FileDescriptor;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.binder4j.Binder;
import org.binder4j.Parcel;
import org.binder4j.ParcelFileDescriptor;
import org.binder4j.Parcelable;
import org.binder4j.RemoteException;
import org.binder4j.sys.Fds;
import org.binder4j.sys.OpenFileLimit;

/** The object an fd test peer publishes: one code per file-descriptor behaviour the tests need. */
final class FdService extends Binder {
    static final String DESCRIPTOR = "org.binder4j.it.fd.IFdService";

    /** Reads a descriptor and a byte; writes the byte into it. */
    static final int WRITE_BYTE = FIRST_CALL_TRANSACTION;
    /**
     * Reads a descriptor and a count n; reads n bytes from it. Replies the bytes, then for every
     * descriptor of this process open on the same file: int number, boolean close-on-exec, int status flags.
     */
    static final int DESCRIBE = FIRST_CALL_TRANSACTION + 1;
    /**
     * Replies four read ends of pipes that each hold one byte ('1' to '4') and no writer: the first two
     * owned by the reply, the last two lent (this process keeps them open until {@link #CLOSE_LENT}).
     */
    static final int REPLY_FDS = FIRST_CALL_TRANSACTION + 2;
    /** Closes the descriptors {@link #REPLY_FDS} lent. */
    static final int CLOSE_LENT = FIRST_CALL_TRANSACTION + 3;
    /** Replies int: the descriptors open in this process. */
    static final int OPEN_FDS = FIRST_CALL_TRANSACTION + 4;
    /** Reads a count n; lowers RLIMIT_NOFILE and fills the descriptor table up to it but n free slots. */
    static final int FILL_TABLE = FIRST_CALL_TRANSACTION + 5;
    /** Empties the table {@link #FILL_TABLE} filled and restores the limit. */
    static final int FREE_TABLE = FIRST_CALL_TRANSACTION + 6;
    /** Reads a count n and n descriptors, and closes them. */
    static final int TAKE_FDS = FIRST_CALL_TRANSACTION + 7;
    /** Reads a typed ParcelFileDescriptor and replies it typed, as an AIDL method returning its argument. */
    static final int ECHO_PFD = FIRST_CALL_TRANSACTION + 8;

    private final List<ParcelFileDescriptor> lent = new ArrayList<>();
    private final List<Integer> fillers = new ArrayList<>();
    private long limitBeforeFill;

    FdService() {
        super(DESCRIPTOR);
    }

    @Override
    protected boolean onTransact(int code, Parcel data, Parcel reply, int flags) throws RemoteException {
        if (code < FIRST_CALL_TRANSACTION || code > LAST_CALL_TRANSACTION) {
            return super.onTransact(code, data, reply, flags);
        }
        data.enforceInterface(DESCRIPTOR);
        switch (code) {
            case WRITE_BYTE -> writeByte(data);
            case DESCRIBE -> describe(data, reply);
            case REPLY_FDS -> replyFds(reply);
            case CLOSE_LENT -> closeLent();
            case OPEN_FDS -> reply.writeInt(Fds.countOpen());
            case FILL_TABLE -> fillTable(data.readInt());
            case FREE_TABLE -> freeTable();
            case TAKE_FDS -> takeFds(data);
            case ECHO_PFD -> reply.writeTypedObject(data.readTypedObject(ParcelFileDescriptor.CREATOR),
                    Parcelable.PARCELABLE_WRITE_RETURN_VALUE);
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Writes "dump of FdService" and the arguments, space separated. */
    @Override
    protected void dump(FileDescriptor fd, PrintWriter writer, String[] args) {
        writer.println("dump of FdService: " + String.join(" ", args));
    }

    private static void writeByte(Parcel data) {
        try (ParcelFileDescriptor fd = data.readFileDescriptor(); Arena arena = Arena.ofConfined()) {
            MemorySegment one = arena.allocate(1);
            one.set(ValueLayout.JAVA_BYTE, 0, data.readByte());
            Fds.write(fd.getFd(), one, 1);
        }
    }

    private static void describe(Parcel data, Parcel reply) {
        try (ParcelFileDescriptor fd = data.readFileDescriptor(); Arena arena = Arena.ofConfined()) {
            int count = data.readInt();
            MemorySegment bytes = arena.allocate(Math.max(1, count));
            int read = (int) Fds.read(fd.getFd(), bytes, count);
            reply.writeByteArray(bytes.asSlice(0, read).toArray(ValueLayout.JAVA_BYTE));
            List<Integer> same = descriptorsOn(fd.getFd());
            reply.writeInt(same.size());
            for (int number : same) {
                reply.writeInt(number);
                reply.writeBoolean(Fds.isCloseOnExec(number));
                reply.writeInt(Fds.statusFlags(number));
            }
        }
    }

    /** Every descriptor of this process that names the same file as {@code fd}. */
    private static List<Integer> descriptorsOn(int fd) {
        Path self = Path.of("/proc/self/fd");
        List<Integer> same = new ArrayList<>();
        try {
            Path target = Files.readSymbolicLink(self.resolve(Integer.toString(fd)));
            for (String name : self.toFile().list()) {
                try {
                    if (Files.readSymbolicLink(self.resolve(name)).equals(target)) {
                        same.add(Integer.parseInt(name));
                    }
                } catch (IOException closedMeanwhile) {
                    // The listing's own descriptor, gone by now.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return same;
    }

    private void replyFds(Parcel reply) {
        for (int i = 0; i < 4; i++) {
            int[] pipe = Fds.pipe();
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment one = arena.allocate(1);
                one.set(ValueLayout.JAVA_BYTE, 0, (byte) ('1' + i));
                Fds.write(pipe[1], one, 1);
            }
            Fds.close(pipe[1]);
            if (i < 2) {
                reply.writeFileDescriptor(pipe[0]);
                Fds.close(pipe[0]);
            } else {
                reply.writeFileDescriptor(pipe[0], false);
                lent.add(ParcelFileDescriptor.adoptFd(pipe[0]));
            }
        }
    }

    private void closeLent() {
        lent.forEach(ParcelFileDescriptor::close);
        lent.clear();
    }

    /**
     * Every open descriptor is below the new limit, so the free slots are the limit minus the open ones.
     * Until {@link #freeTable}, loading a class from a directory fails for good in this JVM: everything
     * the test runs meanwhile must have run before.
     */
    private void fillTable(int keepFree) {
        limitBeforeFill = OpenFileLimit.soft();
        int limit = Fds.highestOpen() + 1 + 8;
        int slots = limit - Fds.countOpen();
        OpenFileLimit.setSoft(limit);
        for (int i = keepFree; i < slots; i++) {
            fillers.add(Fds.dup(0));
        }
    }

    private void freeTable() {
        fillers.forEach(Fds::closeQuietly);
        fillers.clear();
        OpenFileLimit.setSoft(limitBeforeFill);
    }

    private static void takeFds(Parcel data) {
        int count = data.readInt();
        for (int i = 0; i < count; i++) {
            data.readFileDescriptor().close();
        }
    }
}
