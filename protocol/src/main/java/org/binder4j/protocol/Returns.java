package org.binder4j.protocol;

/**
 * The BR_* returns the driver writes into a thread's read buffer, with the values of Linux's binder UAPI
 * (64-bit). A read buffer is a stream of {@code [u32 return][payload]}.
 */
public final class Returns {
    public static final int BR_ERROR = 0x80047200;
    public static final int BR_OK = 0x7201;
    public static final int BR_TRANSACTION = 0x80407202;
    public static final int BR_REPLY = 0x80407203;
    public static final int BR_ACQUIRE_RESULT = 0x80047204;
    public static final int BR_DEAD_REPLY = 0x7205;
    public static final int BR_TRANSACTION_COMPLETE = 0x7206;
    public static final int BR_INCREFS = 0x80107207;
    public static final int BR_ACQUIRE = 0x80107208;
    public static final int BR_RELEASE = 0x80107209;
    public static final int BR_DECREFS = 0x8010720a;
    public static final int BR_ATTEMPT_ACQUIRE = 0x8018720b;
    public static final int BR_NOOP = 0x720c;
    public static final int BR_SPAWN_LOOPER = 0x720d;
    public static final int BR_FINISHED = 0x720e;
    public static final int BR_DEAD_BINDER = 0x8008720f;
    public static final int BR_CLEAR_DEATH_NOTIFICATION_DONE = 0x80087210;
    public static final int BR_FAILED_REPLY = 0x7211;
    public static final int BR_FROZEN_REPLY = 0x7212;
    public static final int BR_ONEWAY_SPAM_SUSPECT = 0x7213;
    public static final int BR_TRANSACTION_PENDING_FROZEN = 0x7214;

    /** Number of distinct return numbers (the low byte), for per-return counters. */
    public static final int COUNT = 0x15;

    private static final int[] VALUES = {
        BR_ERROR, BR_OK, BR_TRANSACTION, BR_REPLY, BR_ACQUIRE_RESULT, BR_DEAD_REPLY, BR_TRANSACTION_COMPLETE,
        BR_INCREFS, BR_ACQUIRE, BR_RELEASE, BR_DECREFS, BR_ATTEMPT_ACQUIRE, BR_NOOP, BR_SPAWN_LOOPER,
        BR_FINISHED, BR_DEAD_BINDER, BR_CLEAR_DEATH_NOTIFICATION_DONE, BR_FAILED_REPLY, BR_FROZEN_REPLY,
        BR_ONEWAY_SPAM_SUSPECT, BR_TRANSACTION_PENDING_FROZEN,
    };
    private static final String[] NAMES = {
        "BR_ERROR", "BR_OK", "BR_TRANSACTION", "BR_REPLY", "BR_ACQUIRE_RESULT", "BR_DEAD_REPLY",
        "BR_TRANSACTION_COMPLETE", "BR_INCREFS", "BR_ACQUIRE", "BR_RELEASE", "BR_DECREFS", "BR_ATTEMPT_ACQUIRE",
        "BR_NOOP", "BR_SPAWN_LOOPER", "BR_FINISHED", "BR_DEAD_BINDER", "BR_CLEAR_DEATH_NOTIFICATION_DONE",
        "BR_FAILED_REPLY", "BR_FROZEN_REPLY", "BR_ONEWAY_SPAM_SUSPECT", "BR_TRANSACTION_PENDING_FROZEN",
    };

    private Returns() {}

    /** Payload bytes that follow the return word. */
    public static int payloadSizeBytes(int ret) {
        return (ret >>> 16) & 0x3fff;
    }

    /** Index 0..COUNT-1 for a known return, or -1. */
    public static int ordinal(int ret) {
        int nr = ret & 0xff;
        return ((ret >>> 8) & 0xff) == 'r' && nr < COUNT && VALUES[nr] == ret ? nr : -1;
    }

    /** The return with number {@code ordinal}. */
    public static int valueOf(int ordinal) {
        return VALUES[ordinal];
    }

    /** Name of a return, or its hex value if unknown. */
    public static String name(int ret) {
        int ordinal = ordinal(ret);
        return ordinal < 0 ? String.format("BR_0x%08x", ret) : NAMES[ordinal];
    }
}
