package org.binder4j;

import java.io.Closeable;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileNotFoundException;
import java.io.IOException;
import org.binder4j.sys.Errnos;
import org.binder4j.sys.Fds;
import org.binder4j.sys.SysException;

/**
 * A file descriptor this process owns, that can travel through binder: written into a {@link Parcel} it
 * reaches the receiver as a descriptor of the receiver's own for the same open file (same offset, same
 * status flags), close-on-exec. Android's {@code android.os.ParcelFileDescriptor}, without its comm
 * channels.
 *
 * <h2>Ownership</h2>
 * The object owns its descriptor until {@link #close()} or {@link #detachFd()}. {@link #fromFd} and
 * {@link #dup} make a copy; {@link #adoptFd} takes the given one. As a {@link Parcelable} it writes
 * {@code int32 0} and then a copy of its descriptor ({@link Parcel#writeFileDescriptor(int)}); written as
 * a return value ({@link Parcelable#PARCELABLE_WRITE_RETURN_VALUE}) it closes itself afterwards, as on
 * Android. {@link #CREATOR} and {@link Parcel#readFileDescriptor()} give a new object owning a copy of
 * the received descriptor.
 */
public final class ParcelFileDescriptor implements Parcelable, Closeable {
    /** For {@link #open}: others may read a file it creates. */
    public static final int MODE_WORLD_READABLE = 0x00000001;
    /** For {@link #open}: others may write a file it creates. */
    public static final int MODE_WORLD_WRITEABLE = 0x00000002;
    /** For {@link #open}: open for reading only. */
    public static final int MODE_READ_ONLY = 0x10000000;
    /** For {@link #open}: open for writing only. */
    public static final int MODE_WRITE_ONLY = 0x20000000;
    /** For {@link #open}: open for reading and writing. */
    public static final int MODE_READ_WRITE = 0x30000000;
    /** For {@link #open}: create the file if it does not exist. */
    public static final int MODE_CREATE = 0x08000000;
    /** For {@link #open}: truncate the file to 0 bytes. */
    public static final int MODE_TRUNCATE = 0x04000000;
    /** For {@link #open}: every write goes to the end of the file. */
    public static final int MODE_APPEND = 0x02000000;

    private static final int ACCESS_MASK = MODE_READ_WRITE;
    /** rwxrwx---, as Android, before the umask. */
    private static final int CREATE_PERMISSIONS = 0770;

    /** Reads what {@link #writeToParcel} wrote; a comm channel descriptor, if a peer sent one, is closed. */
    public static final Creator<ParcelFileDescriptor> CREATOR = new Creator<>() {
        @Override
        public ParcelFileDescriptor createFromParcel(Parcel source) {
            boolean hasCommChannel = source.readInt() != 0;
            ParcelFileDescriptor fd = source.readFileDescriptor();
            if (hasCommChannel) {
                source.readFileDescriptor().close();
            }
            return fd;
        }

        @Override
        public ParcelFileDescriptor[] newArray(int size) {
            return new ParcelFileDescriptor[size];
        }
    };

    private int fd;
    private FileDescriptor javaFd;

    private ParcelFileDescriptor(int fd) {
        this.fd = fd;
    }

    /**
     * Opens {@code file}.
     *
     * @param mode one of {@link #MODE_READ_ONLY}, {@link #MODE_WRITE_ONLY}, {@link #MODE_READ_WRITE},
     *     combined with {@link #MODE_CREATE}, {@link #MODE_TRUNCATE}, {@link #MODE_APPEND},
     *     {@link #MODE_WORLD_READABLE}, {@link #MODE_WORLD_WRITEABLE}
     * @throws FileNotFoundException naming the file and the reason when it cannot be opened
     * @throws IllegalArgumentException if {@code mode} has no access mode
     */
    public static ParcelFileDescriptor open(File file, int mode) throws FileNotFoundException {
        int flags = switch (mode & ACCESS_MASK) {
            case MODE_READ_ONLY -> Fds.O_RDONLY;
            case MODE_WRITE_ONLY -> Fds.O_WRONLY;
            case MODE_READ_WRITE -> Fds.O_RDWR;
            default -> throw new IllegalArgumentException(String.format(
                    "mode 0x%08x must include MODE_READ_ONLY, MODE_WRITE_ONLY or MODE_READ_WRITE", mode));
        };
        flags |= (mode & MODE_CREATE) != 0 ? Fds.O_CREAT : 0;
        flags |= (mode & MODE_TRUNCATE) != 0 ? Fds.O_TRUNC : 0;
        flags |= (mode & MODE_APPEND) != 0 ? Fds.O_APPEND : 0;
        int permissions = CREATE_PERMISSIONS | ((mode & MODE_WORLD_READABLE) != 0 ? 04 : 0)
                | ((mode & MODE_WORLD_WRITEABLE) != 0 ? 02 : 0);
        try {
            return new ParcelFileDescriptor(Fds.open(file.toPath(), flags, permissions));
        } catch (SysException e) {
            FileNotFoundException notFound = new FileNotFoundException(file + ": " + Errnos.describe(e.errno()));
            notFound.initCause(e);
            throw notFound;
        }
    }

    /** A new object owning a copy of {@code orig}. */
    public static ParcelFileDescriptor dup(FileDescriptor orig) throws IOException {
        return fromFd(JavaFileDescriptors.numberOf(orig));
    }

    /** A new object owning a copy of descriptor {@code fd}, which the caller keeps. */
    public static ParcelFileDescriptor fromFd(int fd) throws IOException {
        return new ParcelFileDescriptor(duplicate(fd));
    }

    /** A new object owning descriptor {@code fd} itself: closing the object closes it. */
    public static ParcelFileDescriptor adoptFd(int fd) {
        if (fd < 0) {
            throw new IllegalArgumentException("cannot adopt descriptor " + fd);
        }
        return new ParcelFileDescriptor(fd);
    }

    /** A new pipe: element 0 is its read end, element 1 its write end. */
    public static ParcelFileDescriptor[] createPipe() throws IOException {
        int[] ends;
        try {
            ends = Fds.pipe();
        } catch (SysException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new ParcelFileDescriptor[] {new ParcelFileDescriptor(ends[0]), new ParcelFileDescriptor(ends[1])};
    }

    /** A new object owning a copy of this one's descriptor. */
    public ParcelFileDescriptor dup() throws IOException {
        return fromFd(getFd());
    }

    /**
     * The descriptor as a {@link FileDescriptor}, valid while this object owns it (needs the JVM option
     * {@code --add-opens=java.base/java.io=ALL-UNNAMED}).
     */
    public synchronized FileDescriptor getFileDescriptor() {
        int number = getFd();
        if (javaFd == null) {
            javaFd = JavaFileDescriptors.of(number);
        }
        return javaFd;
    }

    /**
     * The descriptor number, still owned by this object.
     *
     * @throws IllegalStateException if it was closed or detached
     */
    public synchronized int getFd() {
        if (fd < 0) {
            throw new IllegalStateException("Already closed");
        }
        return fd;
    }

    /**
     * Gives up the descriptor: the caller owns it now, and this object is closed.
     *
     * @throws IllegalStateException if it was closed or detached
     */
    public synchronized int detachFd() {
        int detached = getFd();
        forget();
        return detached;
    }

    /** Closes the descriptor; closing again does nothing. */
    @Override
    public synchronized void close() {
        if (fd >= 0) {
            int closing = fd;
            forget();
            Fds.closeQuietly(closing);
        }
    }

    private void forget() {
        fd = -1;
        if (javaFd != null) {
            JavaFileDescriptors.invalidate(javaFd);
        }
    }

    /** {@code int32 0} (no comm channel), then a copy of the descriptor; closes this object for a return value. */
    @Override
    public void writeToParcel(Parcel dest, int flags) {
        dest.writeInt(0);
        dest.writeFileDescriptor(getFd());
        if ((flags & PARCELABLE_WRITE_RETURN_VALUE) != 0) {
            close();
        }
    }

    @Override
    public int describeContents() {
        return CONTENTS_FILE_DESCRIPTOR;
    }

    @Override
    public synchronized String toString() {
        return "{ParcelFileDescriptor: " + (fd < 0 ? "closed" : "fd " + fd) + "}";
    }

    private static int duplicate(int fd) throws IOException {
        try {
            return Fds.dup(fd);
        } catch (SysException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
