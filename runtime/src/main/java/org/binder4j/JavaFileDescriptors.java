package org.binder4j;

import java.io.FileDescriptor;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Between {@link FileDescriptor} objects and descriptor numbers. The JDK offers no public way to do
 * either, so this reads and writes the object's private {@code fd} field, which the JVM must open to
 * binder4j with {@value #OPEN_OPTION} (binder4j's launchers and test runs pass it).
 */
final class JavaFileDescriptors {
    static final String OPEN_OPTION = "--add-opens=java.base/java.io=ALL-UNNAMED";
    private static final VarHandle FD = findField();

    private JavaFileDescriptors() {}

    /**
     * The descriptor number of {@code fd}.
     *
     * @throws IllegalArgumentException if it is not valid (never opened, or closed)
     * @throws UnsupportedOperationException if the JVM did not open java.io to binder4j
     */
    static int numberOf(FileDescriptor fd) {
        int number = (int) field().get(fd);
        if (number < 0) {
            throw new IllegalArgumentException("the FileDescriptor is not valid (" + number + "): closed or never opened");
        }
        return number;
    }

    /** A FileDescriptor for descriptor {@code number}; it does not own it (nothing closes it on collection). */
    static FileDescriptor of(int number) {
        FileDescriptor fd = new FileDescriptor();
        field().set(fd, number);
        return fd;
    }

    /** Makes {@code fd} invalid, so that nothing reaches a number that may be reused once closed. */
    static void invalidate(FileDescriptor fd) {
        field().set(fd, -1);
    }

    private static VarHandle field() {
        if (FD == null) {
            throw new UnsupportedOperationException("java.io.FileDescriptor interop needs the JVM option " + OPEN_OPTION
                    + "; without it, use the int and ParcelFileDescriptor forms");
        }
        return FD;
    }

    private static VarHandle findField() {
        try {
            return MethodHandles.privateLookupIn(FileDescriptor.class, MethodHandles.lookup())
                    .findVarHandle(FileDescriptor.class, "fd", int.class);
        } catch (IllegalAccessException | NoSuchFieldException e) {
            return null;
        }
    }
}
