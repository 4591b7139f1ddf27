package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * The system's user and group database, through libc's reentrant lookups, so every NSS source
 * ({@code /etc/passwd} and {@code /etc/group}, LDAP, systemd-userdb...) answers as it does for
 * {@code id}. Lookups may be slow (a network source); callers on a serving thread cache them.
 */
public final class Users {
    /** LP64 {@code struct passwd}: name, passwd, uid, gid, gecos, dir, shell. */
    private static final long PASSWD_SIZE = 48;
    private static final long PW_NAME_OFFSET = 0;
    private static final long PW_UID_OFFSET = 16;
    private static final long PW_GID_OFFSET = 20;
    /** LP64 {@code struct group}: name, passwd, gid, members. */
    private static final long GROUP_SIZE = 32;
    private static final long GR_GID_OFFSET = 16;
    private static final int ERANGE = 34;
    private static final long FIRST_BUFFER_BYTES = 1024;
    /** Entries larger than this (a group with a huge member list) are reported as an error. */
    private static final long MAX_BUFFER_BYTES = 16L * 1024 * 1024;

    private Users() {}

    /** The uid of the user named {@code name}, or empty if there is none. */
    public static OptionalInt uidOf(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment passwd = lookup(arena, PASSWD_SIZE, "getpwnam_r(" + name + ")",
                    (entry, buffer, result) -> LibC.getpwnam(arena.allocateFrom(name), entry, buffer, result));
            return passwd == null ? OptionalInt.empty() : OptionalInt.of(passwd.get(JAVA_INT, PW_UID_OFFSET));
        }
    }

    /** The gid of the group named {@code name}, or empty if there is none. */
    public static OptionalInt gidOf(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment group = lookup(arena, GROUP_SIZE, "getgrnam_r(" + name + ")",
                    (entry, buffer, result) -> LibC.getgrnam(arena.allocateFrom(name), entry, buffer, result));
            return group == null ? OptionalInt.empty() : OptionalInt.of(group.get(JAVA_INT, GR_GID_OFFSET));
        }
    }

    /**
     * The groups the user with {@code uid} belongs to, sorted: its primary group and every group that
     * lists it as a member ({@code getgrouplist}). Empty when no user has that uid.
     */
    public static int[] groupsOf(int uid) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment passwd = lookup(arena, PASSWD_SIZE, "getpwuid_r(" + uid + ")",
                    (entry, buffer, result) -> LibC.getpwuid(uid, entry, buffer, result));
            if (passwd == null) {
                return new int[0];
            }
            MemorySegment name = passwd.get(ADDRESS, PW_NAME_OFFSET).reinterpret(Long.MAX_VALUE);
            int primary = passwd.get(JAVA_INT, PW_GID_OFFSET);
            MemorySegment count = arena.allocate(JAVA_INT);
            int capacity = 32;
            while (true) {
                MemorySegment groups = arena.allocate(JAVA_INT, capacity);
                count.set(JAVA_INT, 0, capacity);
                int n = LibC.getgrouplist(name, primary, groups, count);
                if (n >= 0) {
                    int[] result = groups.asSlice(0, 4L * n).toArray(JAVA_INT);
                    Arrays.sort(result);
                    return result;
                }
                capacity = Math.max(capacity * 2, count.get(JAVA_INT, 0));
            }
        }
    }

    /** One {@code get*_r} call with a growing buffer; returns the filled entry, or null if there is none. */
    private static MemorySegment lookup(Arena arena, long entrySize, String call, Lookup lookup) {
        MemorySegment entry = arena.allocate(entrySize, 8);
        MemorySegment result = arena.allocate(ADDRESS);
        for (long size = FIRST_BUFFER_BYTES; ; size *= 2) {
            MemorySegment buffer = arena.allocate(size, 8);
            int errno = lookup.call(entry, buffer, result);
            if (errno == 0) {
                return result.get(ADDRESS, 0).equals(MemorySegment.NULL) ? null : entry;
            }
            if (errno != ERANGE || size >= MAX_BUFFER_BYTES) {
                throw new SysException(call, errno);
            }
        }
    }

    @FunctionalInterface
    private interface Lookup {
        int call(MemorySegment entry, MemorySegment buffer, MemorySegment result);
    }
}
