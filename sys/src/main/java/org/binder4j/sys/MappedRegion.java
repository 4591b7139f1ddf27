package org.binder4j.sys;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * A shared mapping of a file (typically a {@link Memfd}) into this process. After {@link #close} the
 * segment is dead: using it throws {@link IllegalStateException} instead of touching unmapped memory.
 */
@SuppressWarnings("restricted") // native access is this package's job
public final class MappedRegion implements AutoCloseable {
    private static final int PROT_READ = 0x1;
    private static final int PROT_WRITE = 0x2;
    private static final int MAP_SHARED = 0x1;

    private final Arena arena;
    private final MemorySegment segment;
    private final long address;
    private final long sizeBytes;
    private boolean closed;

    private MappedRegion(long address, long sizeBytes, boolean writable) {
        this.arena = Arena.ofShared();
        MemorySegment mapped = MemorySegment.ofAddress(address).reinterpret(sizeBytes, arena, null);
        this.segment = writable ? mapped : mapped.asReadOnly();
        this.address = address;
        this.sizeBytes = sizeBytes;
    }

    /**
     * Maps the first {@code sizeBytes} of {@code fd}, shared, read-only unless {@code writable}.
     *
     * @throws IllegalArgumentException if the file is smaller than {@code sizeBytes}: touching the part
     *     beyond its end would raise SIGBUS
     */
    public static MappedRegion map(int fd, long sizeBytes, boolean writable) {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("mapping size must be positive, not " + sizeBytes);
        }
        int protection = writable ? PROT_READ | PROT_WRITE : PROT_READ;
        String call = "mmap(fd=" + fd + ", size=" + sizeBytes + ", "
                + (writable ? "PROT_READ|PROT_WRITE" : "PROT_READ") + ")";
        long address = LibC.mmap(sizeBytes, protection, MAP_SHARED, fd, 0);
        if (address < 0) {
            throw new SysException(call, (int) -address);
        }
        try {
            long fileSize = Fds.size(fd);
            if (fileSize < sizeBytes) {
                throw new IllegalArgumentException(call + ": the file has only " + fileSize + " bytes");
            }
            return new MappedRegion(address, sizeBytes, writable);
        } catch (RuntimeException e) {
            LibC.munmap(address, sizeBytes);
            throw e;
        }
    }

    /** The mapped bytes, read-only unless mapped writable; valid until {@link #close}. */
    public MemorySegment segment() {
        return segment;
    }

    public long address() {
        return address;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    /** Unmaps the region; idempotent. The segment dies first, so no thread can touch freed pages. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        arena.close(); // throws while a native call still holds the segment, before anything is undone
        closed = true;
        Check.ok(LibC.munmap(address, sizeBytes), () -> "munmap(address=0x" + Long.toHexString(address)
                + ", size=" + sizeBytes + ")");
    }
}
