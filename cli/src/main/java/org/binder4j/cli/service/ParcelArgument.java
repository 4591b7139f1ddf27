package org.binder4j.cli.service;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.binder4j.Parcel;
import org.binder4j.cli.support.CommandFailure;
import org.binder4j.cli.support.UsageException;
import org.binder4j.sys.Fds;
import org.binder4j.sys.Memfd;
import org.binder4j.sys.SysException;

/**
 * One argument of {@code service call}, as Android's {@code service} tool takes them: a type word and,
 * except for {@code null}, a value. Parsed before anything is sent, so that a typo costs no call.
 */
sealed interface ParcelArgument {
    /** The types, for messages and the help. */
    String TYPES = "i32, i64, f, d, s16, null, fd, nfd, afd";
    /** The types followed by a value. */
    Set<String> VALUED = Set.of("i32", "i64", "f", "d", "s16", "fd", "nfd", "afd");

    void writeTo(Parcel data);

    record Int32(int value) implements ParcelArgument {
        public void writeTo(Parcel data) {
            data.writeInt(value);
        }
    }

    record Int64(long value) implements ParcelArgument {
        public void writeTo(Parcel data) {
            data.writeLong(value);
        }
    }

    record Float32(float value) implements ParcelArgument {
        public void writeTo(Parcel data) {
            data.writeFloat(value);
        }
    }

    record Float64(double value) implements ParcelArgument {
        public void writeTo(Parcel data) {
            data.writeDouble(value);
        }
    }

    record String16(String value) implements ParcelArgument {
        public void writeTo(Parcel data) {
            data.writeString16(value);
        }
    }

    record NullBinder() implements ParcelArgument {
        public void writeTo(Parcel data) {
            data.writeStrongBinder(null);
        }
    }

    /** A descriptor of the file opened read-only. */
    record FileDescriptorOf(Path path) implements ParcelArgument {
        public void writeTo(Parcel data) {
            try {
                data.writeFileDescriptor(Fds.open(path, Fds.O_RDONLY | Fds.O_CLOEXEC, 0), true);
            } catch (SysException e) {
                throw new CommandFailure("fd " + path + ": " + e.getMessage());
            }
        }
    }

    /** A copy of a descriptor this process already has (inherited from the shell, say). */
    record DescriptorNumber(int fd) implements ParcelArgument {
        public void writeTo(Parcel data) {
            if (!Fds.isOpen(fd)) {
                throw new CommandFailure("nfd " + fd + ": descriptor " + fd + " is not open in this process");
            }
            data.writeFileDescriptor(fd);
        }
    }

    /** A memfd holding a copy of the file's bytes: Android's ashmem copy ("afd"). */
    record SharedMemoryCopy(Path path) implements ParcelArgument {
        public void writeTo(Parcel data) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(path);
            } catch (IOException e) {
                throw new CommandFailure("afd " + path + ": cannot read it (" + e + ")");
            }
            int fd = Memfd.create("binder4j-afd", Math.max(1, bytes.length));
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment buffer = arena.allocate(Math.max(1, bytes.length));
                MemorySegment.copy(bytes, 0, buffer, ValueLayout.JAVA_BYTE, 0, bytes.length);
                for (long written = 0; written < bytes.length; ) {
                    written += Fds.write(fd, buffer.asSlice(written), bytes.length - written);
                }
                data.writeFileDescriptor(fd, true);
            } catch (RuntimeException e) {
                Fds.closeQuietly(fd);
                throw e;
            }
        }
    }

    /**
     * Parses {@code words} ("i32 7 s16 hi null ...").
     *
     * @throws UsageException naming the word that is wrong
     */
    static List<ParcelArgument> parse(List<String> words) {
        List<ParcelArgument> arguments = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String type = words.get(i);
            if (type.equals("null")) {
                arguments.add(new NullBinder());
                continue;
            }
            if (!VALUED.contains(type)) {
                throw new UsageException("unknown argument type '" + type + "' (the types are " + TYPES + ")");
            }
            if (i + 1 == words.size()) {
                throw new UsageException("argument " + type + " needs a value");
            }
            String value = words.get(++i);
            arguments.add(switch (type) {
                case "i32" -> new Int32((int) integer(type, value, Integer.MIN_VALUE, 0xffff_ffffL));
                case "i64" -> new Int64(integer(type, value, Long.MIN_VALUE, Long.MAX_VALUE));
                case "f" -> new Float32((float) decimal(type, value));
                case "d" -> new Float64(decimal(type, value));
                case "s16" -> new String16(value);
                case "fd" -> new FileDescriptorOf(Path.of(value));
                case "nfd" -> new DescriptorNumber((int) integer(type, value, 0, Integer.MAX_VALUE));
                default -> new SharedMemoryCopy(Path.of(value));
            });
        }
        return arguments;
    }

    /** A decimal or 0x-hex integer in [min, max]. */
    static long integer(String type, String text, long min, long max) {
        try {
            long value = Long.decode(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        throw new UsageException(type + " needs an integer from " + min + " to " + max + " (decimal or 0x hex), not '"
                + text + "'");
    }

    private static double decimal(String type, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException(type + " needs a number, not '" + text + "'");
        }
    }
}
