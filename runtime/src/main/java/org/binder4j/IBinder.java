package org.binder4j;

import java.io.FileDescriptor;

/**
 * A remotable object: the core of binder4j's lightweight remote procedure calls. Implement it by
 * extending {@link Binder}; a reference to an object in another process is a {@link BinderProxy}.
 *
 * <h2>Transactions</h2>
 * {@link #transact} sends a {@link Parcel} to the object and, unless {@link #FLAG_ONEWAY}, blocks until
 * the object's {@link Binder#onTransact} has filled the reply. On a local object the call runs directly
 * on the caller's thread; on a proxy it crosses the driver, which copies the data once into the
 * receiving process's receive area.
 *
 * <h2>Threading and recursion</h2>
 * Incoming calls run on the receiving process's binder thread pool (started with
 * {@link BinderRuntime#startThreadPool()}, at most {@link BinderRuntime#DEFAULT_MAX_THREADS} threads
 * spawned on the driver's request plus the threads that join it). A thread blocked in a synchronous
 * call is never given an unrelated incoming call; but a call back into its own process made by the
 * callee, directly or through other processes, runs <em>on that very blocked thread</em>, so recursion
 * A→B→A works with one thread per process and keeps thread-local state.
 *
 * <h2>Identity</h2>
 * An object keeps its identity across processes: passing a proxy back to the object's own process
 * yields the original object, and a process holds at most one proxy per remote object, so {@code ==}
 * compares remote objects. {@link Binder#getCallingPid()} and {@link Binder#getCallingUid()} name the
 * caller as the operating system saw it (the pid is 0 for oneway calls).
 *
 * <h2>Oneway ordering</h2>
 * Oneway calls to the same object are delivered one at a time and in the order sent; oneway calls to
 * different objects may run concurrently; there is no ordering between oneway and synchronous calls.
 *
 * <h2 id="statuses">Statuses</h2>
 * Every transaction ends with a status ({@link StatusCode}): from the driver (the object's process is
 * gone, the data did not fit) or from the object itself, which may return any status from
 * {@link Binder#onTransactWithStatus}. {@link #transact} returns true for {@link StatusCode#OK} and false
 * for {@link StatusCode#UNKNOWN_TRANSACTION}; any other status is thrown as Android maps it:
 * {@link DeadObjectException} for DEAD_OBJECT; for FAILED_TRANSACTION
 * {@link TransactionTooLargeException} above 200 KiB of data, else {@link DeadObjectException}; the
 * unchecked exceptions Android uses for the well-known statuses (BAD_VALUE: IllegalArgumentException,
 * PERMISSION_DENIED: SecurityException, ...); a plain {@link RemoteException} for any other. The exact
 * status stays reachable: {@link RemoteException#status()}, or for any of them {@link StatusCode#of}.
 * A oneway caller sees only whether the driver accepted the call.
 *
 * <h2>Death</h2>
 * When the process hosting an object dies, every {@link DeathRecipient} linked to it is called once, on
 * a binder thread of the linking process, and later transactions fail with
 * {@link DeadObjectException} without reaching the driver. When the driver itself goes away (the daemon
 * stops), every remote object is dead to this process: each linked recipient is called once then too,
 * and calls in progress end with {@link DeadObjectException}.
 *
 * <h2>File descriptors</h2>
 * A parcel may carry file descriptors ({@link Parcel#writeFileDescriptor(int)},
 * {@link ParcelFileDescriptor}); the receiver gets descriptors of its own for the same open files. Every
 * local object accepts them, and every call accepts them in its reply; the service manager's own object
 * does not, and a call carrying descriptors to it fails. A call whose receiver cannot take its
 * descriptors (its descriptor table is full) fails as a failed transaction, and nothing leaks on either
 * side.
 *
 * <h2>Dump</h2>
 * {@link #dump} asks the object to describe its state into a file descriptor, usually the write end of
 * a pipe: DUMP_TRANSACTION carries the descriptor, then the arguments as a string array
 * ({@link Parcel#writeStringArray}); the reply is an exception header. A {@link Binder} answers it by
 * running {@link Binder#dump(FileDescriptor, java.io.PrintWriter, String[])} with a writer on that
 * descriptor, and closes its copy afterwards.
 */
public interface IBinder {
    /** The first transaction code available for user commands. */
    int FIRST_CALL_TRANSACTION = 0x00000001;
    /** The last transaction code available for user commands. */
    int LAST_CALL_TRANSACTION = 0x00ffffff;

    /** '_PNG': answered by every object with an empty reply. */
    int PING_TRANSACTION = ('_' << 24) | ('P' << 16) | ('N' << 8) | 'G';
    /** '_DMP': dump the object's state. */
    int DUMP_TRANSACTION = ('_' << 24) | ('D' << 16) | ('M' << 8) | 'P';
    /** '_CMD': shell command. */
    int SHELL_COMMAND_TRANSACTION = ('_' << 24) | ('C' << 16) | ('M' << 8) | 'D';
    /** '_NTF': the reply holds the interface descriptor. */
    int INTERFACE_TRANSACTION = ('_' << 24) | ('N' << 16) | ('T' << 8) | 'F';
    /** '_TWT'. */
    int TWEET_TRANSACTION = ('_' << 24) | ('T' << 16) | ('W' << 8) | 'T';
    /** '_LIK'. */
    int LIKE_TRANSACTION = ('_' << 24) | ('L' << 16) | ('I' << 8) | 'K';
    /** '_PID': the reply holds the pid of the object's process. */
    int DEBUG_PID_TRANSACTION = ('_' << 24) | ('P' << 16) | ('I' << 8) | 'D';
    /** '_EXT': the reply holds the object's extension, or null. */
    int EXTENSION_TRANSACTION = ('_' << 24) | ('E' << 16) | ('X' << 8) | 'T';

    /** Asynchronous call: return at once, no reply. */
    int FLAG_ONEWAY = 0x00000001;
    /**
     * Zero the driver's copies of the call and of its reply when they are freed: for sensitive data. The
     * handler sees the flag in its {@code flags}, and its reply travels with the flag too.
     */
    int FLAG_CLEAR_BUF = 0x00000020;

    /** The suggested largest payload of one call; the hard limit is the receiver's receive area. */
    int MAX_IPC_SIZE = 64 * 1024;

    /** The name of the interface the object implements. */
    String getInterfaceDescriptor() throws RemoteException;

    /** Whether the object's process is still there (a round trip for a proxy). */
    boolean pingBinder();

    /** Whether the object's process was alive at the last contact (no round trip). */
    boolean isBinderAlive();

    /** The local implementation of {@code descriptor}, or null (always null on a proxy). */
    IInterface queryLocalInterface(String descriptor);

    /**
     * Performs an operation on the object.
     *
     * @param code the action, between {@link #FIRST_CALL_TRANSACTION} and {@link #LAST_CALL_TRANSACTION}
     *     or one of the predefined codes
     * @param data the request, not null
     * @param reply where the result goes, null for a oneway call
     * @param flags 0 or {@link #FLAG_ONEWAY}, {@link #FLAG_CLEAR_BUF}
     * @return true when the call ended with status OK, false if the object does not know {@code code}
     *     (UNKNOWN_TRANSACTION)
     * @throws DeadObjectException the object's process is gone
     * @throws TransactionTooLargeException the call did not fit into the receiver's receive area
     * @throws RemoteException any other failed status, see <a href="#statuses">Statuses</a>; some
     *     statuses are thrown as the unchecked exceptions listed there
     */
    boolean transact(int code, Parcel data, Parcel reply, int flags) throws RemoteException;

    /**
     * Has the object write a description of its state into {@code fd} (DUMP_TRANSACTION), and waits until
     * it is done. The object's copy of the descriptor is closed when it returns, so the reader of a pipe
     * sees its end once the caller closes its own write end too.
     *
     * @param args the arguments for the object, may be null
     * @throws RemoteException if the object's process is gone
     */
    void dump(FileDescriptor fd, String[] args) throws RemoteException;

    /** Like {@link #dump}, but returns at once (a oneway call). */
    void dumpAsync(FileDescriptor fd, String[] args) throws RemoteException;

    /**
     * Asks to be told, once, when the object's process dies. Linking to a local object does nothing.
     *
     * @throws DeadObjectException the object is already dead
     */
    void linkToDeath(DeathRecipient recipient, int flags) throws RemoteException;

    /**
     * Undoes {@link #linkToDeath}.
     *
     * @return false if the object already died (the recipient was or will be called)
     * @throws java.util.NoSuchElementException the recipient was never linked
     */
    boolean unlinkToDeath(DeathRecipient recipient, int flags);

    /** Told when the process hosting a linked object died. */
    @FunctionalInterface
    interface DeathRecipient {
        void binderDied();

        /** The object that died; by default forwards to {@link #binderDied()}. */
        default void binderDied(IBinder who) {
            binderDied();
        }
    }
}
