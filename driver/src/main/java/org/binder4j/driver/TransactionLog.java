package org.binder4j.driver;

/**
 * A ring of the last transactions (binder_transaction_log), as the "transaction_log" and
 * "failed_transaction_log" views print them. Entries are reused, so logging allocates nothing.
 */
final class TransactionLog {
    static final int CALL = 0;
    static final int ASYNC = 1;
    static final int REPLY = 2;

    static final class Entry {
        int debugId;
        int callType;
        int fromProc;
        int fromThread;
        int toProc;
        int toThread;
        int toNode;
        int targetHandle;
        long dataSize;
        long offsetsSize;
        int returnError;
        int returnErrorParam;
        int returnErrorLine;

        void start(int debugId, int callType, BinderThread from, int targetHandle, long dataSize, long offsetsSize) {
            this.debugId = debugId;
            this.callType = callType;
            this.fromProc = from.proc().pid();
            this.fromThread = from.tid();
            this.toProc = 0;
            this.toThread = 0;
            this.toNode = 0;
            this.targetHandle = targetHandle;
            this.dataSize = dataSize;
            this.offsetsSize = offsetsSize;
            this.returnError = 0;
            this.returnErrorParam = 0;
            this.returnErrorLine = 0;
        }

        void copyFrom(Entry other) {
            debugId = other.debugId;
            callType = other.callType;
            fromProc = other.fromProc;
            fromThread = other.fromThread;
            toProc = other.toProc;
            toThread = other.toThread;
            toNode = other.toNode;
            targetHandle = other.targetHandle;
            dataSize = other.dataSize;
            offsetsSize = other.offsetsSize;
            returnError = other.returnError;
            returnErrorParam = other.returnErrorParam;
            returnErrorLine = other.returnErrorLine;
        }

        void print(StringBuilder out) {
            String type = callType == REPLY ? "reply" : callType == ASYNC ? "async" : "call ";
            out.append(debugId).append(": ").append(type)
                    .append(" from ").append(fromProc).append(':').append(fromThread)
                    .append(" to ").append(toProc).append(':').append(toThread)
                    .append(" context ").append(BinderContext.NAME)
                    .append(" node ").append(toNode)
                    .append(" handle ").append(Integer.toUnsignedString(targetHandle))
                    .append(" size ").append(dataSize).append(':').append(offsetsSize)
                    .append(" ret ").append(Integer.toUnsignedString(returnError)).append('/').append(returnErrorParam)
                    .append(" l=").append(returnErrorLine).append('\n');
        }
    }

    private final Entry[] entries;
    private int next;
    private boolean wrapped;

    TransactionLog(int capacity) {
        entries = new Entry[capacity];
        for (int i = 0; i < capacity; i++) {
            entries[i] = new Entry();
        }
    }

    /** The entry to fill for a new transaction; it overwrites the oldest once the ring is full. */
    Entry add() {
        Entry entry = entries[next];
        if (++next == entries.length) {
            next = 0;
            wrapped = true;
        }
        return entry;
    }

    /** Oldest first. */
    void print(StringBuilder out) {
        int count = wrapped ? entries.length : next;
        int first = wrapped ? next : 0;
        for (int i = 0; i < count; i++) {
            entries[(first + i) % entries.length].print(out);
        }
    }
}
