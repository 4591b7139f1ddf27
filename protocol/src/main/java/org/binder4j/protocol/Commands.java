package org.binder4j.protocol;

/**
 * The BC_* commands a process writes to the driver, with the values of Linux's binder UAPI (64-bit).
 *
 * <p>A write buffer is a stream of {@code [u32 command][payload]}; the payload size is encoded in the
 * command word itself (bits 16..29, as {@code _IOW} does), see {@link #payloadSizeBytes(int)}.
 */
public final class Commands {
    public static final int BC_TRANSACTION = 0x40406300;
    public static final int BC_REPLY = 0x40406301;
    public static final int BC_ACQUIRE_RESULT = 0x40046302;
    public static final int BC_FREE_BUFFER = 0x40086303;
    public static final int BC_INCREFS = 0x40046304;
    public static final int BC_ACQUIRE = 0x40046305;
    public static final int BC_RELEASE = 0x40046306;
    public static final int BC_DECREFS = 0x40046307;
    public static final int BC_INCREFS_DONE = 0x40106308;
    public static final int BC_ACQUIRE_DONE = 0x40106309;
    public static final int BC_ATTEMPT_ACQUIRE = 0x4008630a;
    public static final int BC_REGISTER_LOOPER = 0x630b;
    public static final int BC_ENTER_LOOPER = 0x630c;
    public static final int BC_EXIT_LOOPER = 0x630d;
    public static final int BC_REQUEST_DEATH_NOTIFICATION = 0x400c630e;
    public static final int BC_CLEAR_DEATH_NOTIFICATION = 0x400c630f;
    public static final int BC_DEAD_BINDER_DONE = 0x40086310;
    public static final int BC_TRANSACTION_SG = 0x40486311;
    public static final int BC_REPLY_SG = 0x40486312;

    /** Number of distinct command numbers (the low byte), for per-command counters. */
    public static final int COUNT = 0x13;

    private static final String[] NAMES = {
        "BC_TRANSACTION", "BC_REPLY", "BC_ACQUIRE_RESULT", "BC_FREE_BUFFER", "BC_INCREFS", "BC_ACQUIRE",
        "BC_RELEASE", "BC_DECREFS", "BC_INCREFS_DONE", "BC_ACQUIRE_DONE", "BC_ATTEMPT_ACQUIRE",
        "BC_REGISTER_LOOPER", "BC_ENTER_LOOPER", "BC_EXIT_LOOPER", "BC_REQUEST_DEATH_NOTIFICATION",
        "BC_CLEAR_DEATH_NOTIFICATION", "BC_DEAD_BINDER_DONE", "BC_TRANSACTION_SG", "BC_REPLY_SG",
    };

    private Commands() {}

    /** Payload bytes that follow the command word. */
    public static int payloadSizeBytes(int command) {
        return (command >>> 16) & 0x3fff;
    }

    /** Index 0..COUNT-1 for a known command (its number), or -1. */
    public static int ordinal(int command) {
        int nr = command & 0xff;
        if (((command >>> 8) & 0xff) != 'c' || nr >= COUNT) {
            return -1;
        }
        return command == valueOf(nr) ? nr : -1;
    }

    /** The command with number {@code ordinal}. */
    public static int valueOf(int ordinal) {
        return switch (ordinal) {
            case 0 -> BC_TRANSACTION;
            case 1 -> BC_REPLY;
            case 2 -> BC_ACQUIRE_RESULT;
            case 3 -> BC_FREE_BUFFER;
            case 4 -> BC_INCREFS;
            case 5 -> BC_ACQUIRE;
            case 6 -> BC_RELEASE;
            case 7 -> BC_DECREFS;
            case 8 -> BC_INCREFS_DONE;
            case 9 -> BC_ACQUIRE_DONE;
            case 10 -> BC_ATTEMPT_ACQUIRE;
            case 11 -> BC_REGISTER_LOOPER;
            case 12 -> BC_ENTER_LOOPER;
            case 13 -> BC_EXIT_LOOPER;
            case 14 -> BC_REQUEST_DEATH_NOTIFICATION;
            case 15 -> BC_CLEAR_DEATH_NOTIFICATION;
            case 16 -> BC_DEAD_BINDER_DONE;
            case 17 -> BC_TRANSACTION_SG;
            case 18 -> BC_REPLY_SG;
            default -> throw new IllegalArgumentException("no BC command number " + ordinal);
        };
    }

    /** Name of a command, or its hex value if unknown. */
    public static String name(int command) {
        int ordinal = ordinal(command);
        return ordinal < 0 ? String.format("BC_0x%08x", command) : NAMES[ordinal];
    }
}
