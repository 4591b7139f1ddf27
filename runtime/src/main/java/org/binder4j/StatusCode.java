package org.binder4j;

import org.binder4j.protocol.Errno;

/**
 * The {@code status_t} values of libbinder: 0 for success, a negative errno for system-level failures,
 * and a few values counted up from {@link #UNKNOWN_ERROR} for binder's own failures. A call's status is
 * what the remote handler or the driver reported; the Java-style API turns most of them into exceptions.
 */
public final class StatusCode {
    public static final int OK = 0;
    public static final int NO_ERROR = 0;
    public static final int UNKNOWN_ERROR = Integer.MIN_VALUE;
    public static final int NO_MEMORY = -12;
    public static final int INVALID_OPERATION = -38;
    public static final int BAD_VALUE = -22;
    public static final int BAD_TYPE = UNKNOWN_ERROR + 1;
    public static final int NAME_NOT_FOUND = -2;
    public static final int PERMISSION_DENIED = -1;
    public static final int NO_INIT = -19;
    public static final int ALREADY_EXISTS = -17;
    public static final int DEAD_OBJECT = -32;
    public static final int FAILED_TRANSACTION = UNKNOWN_ERROR + 2;
    public static final int BAD_INDEX = -75;
    public static final int NOT_ENOUGH_DATA = -61;
    public static final int WOULD_BLOCK = -11;
    public static final int TIMED_OUT = -110;
    public static final int UNKNOWN_TRANSACTION = -74;
    public static final int FDS_NOT_ALLOWED = UNKNOWN_ERROR + 7;
    public static final int UNEXPECTED_NULL = UNKNOWN_ERROR + 8;

    private StatusCode() {}

    /**
     * The status behind an exception thrown by {@link IBinder#transact}: the {@link RemoteException#status()}
     * of {@code failure} or of the first {@link RemoteException} among its causes (the unchecked exceptions
     * Android maps some statuses to carry one as their cause); {@link #OK} when there is none.
     */
    public static int of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RemoteException remote && remote.status() != OK) {
                return remote.status();
            }
        }
        return OK;
    }

    /**
     * The symbolic name of a status, e.g. "DEAD_OBJECT". Other negative errno values are named after
     * the errno with the number in parentheses ("errno 5 (-5)"); anything else is "status N".
     */
    public static String name(int status) {
        return switch (status) {
            case OK -> "OK";
            case UNKNOWN_ERROR -> "UNKNOWN_ERROR";
            case NO_MEMORY -> "NO_MEMORY";
            case INVALID_OPERATION -> "INVALID_OPERATION";
            case BAD_VALUE -> "BAD_VALUE";
            case BAD_TYPE -> "BAD_TYPE";
            case NAME_NOT_FOUND -> "NAME_NOT_FOUND";
            case PERMISSION_DENIED -> "PERMISSION_DENIED";
            case NO_INIT -> "NO_INIT";
            case ALREADY_EXISTS -> "ALREADY_EXISTS";
            case DEAD_OBJECT -> "DEAD_OBJECT";
            case FAILED_TRANSACTION -> "FAILED_TRANSACTION";
            case BAD_INDEX -> "BAD_INDEX";
            case NOT_ENOUGH_DATA -> "NOT_ENOUGH_DATA";
            case WOULD_BLOCK -> "WOULD_BLOCK";
            case TIMED_OUT -> "TIMED_OUT";
            case UNKNOWN_TRANSACTION -> "UNKNOWN_TRANSACTION";
            case FDS_NOT_ALLOWED -> "FDS_NOT_ALLOWED";
            case UNEXPECTED_NULL -> "UNEXPECTED_NULL";
            default -> status < 0 && status > -4096
                    ? Errno.name(status) + " (" + status + ")"
                    : "status " + status;
        };
    }
}
