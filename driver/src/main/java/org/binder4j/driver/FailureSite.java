package org.binder4j.driver;

/**
 * Where a transaction failed. The failed transaction log prints it as {@code l=<number>}, where binder
 * prints the source line of the failure; each site has its own non-zero number.
 */
enum FailureSite {
    REPLY_WITHOUT_CALL,
    REPLY_NOT_ON_TOP,
    CALLER_GONE,
    CALLER_STACK_MISMATCH,
    INVALID_HANDLE,
    NO_CONTEXT_MANAGER,
    DEAD_NODE,
    OWN_PROCESS,
    TRANSACTION_ON_TODO,
    CALL_WHILE_WAITING,
    SCATTER_GATHER,
    INVALID_SIZE,
    NO_RECEIVE_AREA,
    NO_SPACE,
    NO_ASYNC_SPACE,
    DATA_OUT_OF_RANGE,
    OFFSETS_OUT_OF_RANGE,
    OFFSETS_SIZE,
    BAD_OFFSET,
    COOKIE_MISMATCH,
    OBJECT_HANDLE,
    OBJECT_REF,
    UNSUPPORTED_OBJECT,
    FDS_NOT_ACCEPTED,
    FD_NOT_ATTACHED,
    TOO_MANY_FDS,
    FDS_NOT_CLAIMED;

    int number() {
        return ordinal() + 1;
    }
}
