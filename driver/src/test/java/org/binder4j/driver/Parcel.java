package org.binder4j.driver;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.binder4j.protocol.FlatObjectDescriptor;

/** Builds transaction payloads for tests: data bytes plus the offsets of the objects in them. */
final class Parcel {
    private final ByteArrayOutputStream data = new ByteArrayOutputStream();
    private long[] offsets = new long[0];

    static Parcel empty() {
        return new Parcel();
    }

    static Parcel ofSize(int size) {
        return new Parcel().putBytes(new byte[size]);
    }

    Parcel putInt(int value) {
        data.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array());
        return this;
    }

    Parcel putLong(long value) {
        data.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array());
        return this;
    }

    Parcel putBytes(byte[] bytes) {
        data.writeBytes(bytes);
        return this;
    }

    Parcel putBinder(long ptr, long cookie) {
        return putObject(FlatObjectDescriptor.BINDER_TYPE_BINDER, ptr, cookie);
    }

    /** A local object whose node (if this creates it) accepts file descriptors. */
    Parcel putBinderAcceptingFds(long ptr, long cookie) {
        return putObject(FlatObjectDescriptor.BINDER_TYPE_BINDER, FlatObjectDescriptor.FLAT_BINDER_FLAG_ACCEPTS_FDS, ptr,
                cookie);
    }

    /** An FD object naming the sender's descriptor {@code fd}; {@code cookie} 1 says the parcel owns it. */
    Parcel putFd(int fd, long cookie) {
        return putObject(FlatObjectDescriptor.BINDER_TYPE_FD, 0, Integer.toUnsignedLong(fd), cookie);
    }

    Parcel putWeakBinder(long ptr, long cookie) {
        return putObject(FlatObjectDescriptor.BINDER_TYPE_WEAK_BINDER, ptr, cookie);
    }

    Parcel putHandle(int handle) {
        return putObject(FlatObjectDescriptor.BINDER_TYPE_HANDLE, Integer.toUnsignedLong(handle), 0);
    }

    Parcel putWeakHandle(int handle) {
        return putObject(FlatObjectDescriptor.BINDER_TYPE_WEAK_HANDLE, Integer.toUnsignedLong(handle), 0);
    }

    /** A 24-byte object record of any type, listed in the offsets. */
    Parcel putObject(int type, long binder, long cookie) {
        return putObject(type, 0, binder, cookie);
    }

    Parcel putObject(int type, int flags, long binder, long cookie) {
        addOffset(data.size());
        return putInt(type).putInt(flags).putLong(binder).putLong(cookie);
    }

    /** Lists an offset without writing anything there (for malformed tables). */
    Parcel addOffset(long offset) {
        offsets = Arrays.copyOf(offsets, offsets.length + 1);
        offsets[offsets.length - 1] = offset;
        return this;
    }

    byte[] data() {
        return data.toByteArray();
    }

    long[] offsets() {
        return offsets.clone();
    }
}
