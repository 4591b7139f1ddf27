package org.binder4j.protocol.wire;

/**
 * The daemon's socket protocol: messages on a {@code SOCK_SEQPACKET} Unix socket, little-endian. A
 * process opens one <em>session</em> connection (its binder_proc; closing it is the process's death)
 * and one <em>thread</em> connection per binder thread. Every request gets exactly one response, in
 * order, on the same connection (except a write sent with {@link #FLAG_NO_RESPONSE}, which gets none);
 * a thread blocked in a read simply has not got its response yet.
 *
 * <p>The first message on a connection is a hello; anything else, a bad magic or a short message makes
 * the daemon close the connection. A hello with another wire version gets a refusal that names both
 * versions, never a hang.
 *
 * <pre>
 * HELLO (client to daemon), HELLO_SIZE_BYTES then the process name (UTF-8, session only)
 *   0                   4         6         8
 *   +-------------------+---------+---------+
 *   | magic 'B4JW'      | version | kind    |  0   kind: KIND_SESSION or KIND_THREAD
 *   +-------------------+---------+---------+
 *   | binder version    | tid               |  8
 *   +-------------------+-------------------+
 *   | session: receive area size (0: default, NO_RECEIVE_AREA: none); thread: session token | 16
 *   +---------------------------------------+
 *   | thread: send buffer size (its memfd travels with SCM_RIGHTS) | 24
 *   +---------------------------------------+ 32
 *
 * WELCOME / REFUSED (daemon to client), HELLO_SIZE_BYTES then, for REFUSED, a UTF-8 reason
 *   +-------------------+---------+---------+
 *   | magic 'B4JW'      | version | type    |  0   type: TYPE_WELCOME or TYPE_REFUSED
 *   +-------------------+-------------------+
 *   | binder version    | pid seen (SO_PEERCRED) |  8
 *   +-------------------+-------------------+
 *   | receive area size (its memfd travels with SCM_RIGHTS, session only) | 16
 *   +---------------------------------------+
 *   | session token                         | 24
 *   +---------------------------------------+ 32
 *
 * REQUEST (client to daemon) and RESPONSE (daemon to client), HEADER_SIZE_BYTES then a payload
 *   +-------------------+-------------------+
 *   | request type      | request: flags; response: status (0 or -errno) |  0
 *   +-------------------+-------------------+
 *   | arg0                                  |  8
 *   +---------------------------------------+
 *   | arg1                                  | 16
 *   +---------------------------------------+ 24
 *
 *   type            request arg0 / arg1 / payload        response arg0 / arg1 / payload
 *   WRITE_READ      read size / write size / commands    write consumed / read consumed / returns
 *   SEND_BUFFER     size (a new memfd via SCM_RIGHTS)    -
 *   SET_MAX_THREADS max threads                          -
 *   CONTEXT_MGR     -                                    -
 *   DEBUG_VIEW      offset / - / view name               total length / - / text from offset
 *   ERROR_DETAIL    -                                    - / - / last failure's detail (thread only)
 *   NODE_INFO       handle                               - / - / int32 strong count, weak count, strong ref procs
 * </pre>
 *
 * <p>File descriptors ({@link org.binder4j.protocol.FlatObjectDescriptor}): a WRITE_READ request carries
 * those of its transaction as SCM_RIGHTS, in FD-object order; its response carries those of the
 * BR_TRANSACTION or BR_REPLY it ends with, which is then the last record of the returns. A client whose
 * recvmsg dropped some of them (MSG_CTRUNC: its descriptor table is full) closes those it got, drops that
 * last record, and sends its next WRITE_READ with {@link #FLAG_FDS_REFUSED}, no commands and the rest of
 * its read: the daemon undoes the delivery and reads on. Descriptors on any other request are a protocol
 * violation, except the one memfd of a thread hello and of SEND_BUFFER.
 */
public final class WireDescriptor {
    /** "B4JW" read as a little-endian int. */
    public static final int MAGIC = 0x574a3442;

    public static final int HELLO_SIZE_BYTES = 32;
    public static final int MAGIC_OFFSET = 0;
    public static final int VERSION_OFFSET = 4;
    public static final int KIND_OFFSET = 6;
    public static final int BINDER_VERSION_OFFSET = 8;
    public static final int TID_OFFSET = 12;
    public static final int PID_OFFSET = 12;
    public static final int AREA_SIZE_OFFSET = 16;
    public static final int TOKEN_OFFSET = 16;
    public static final int SEND_BUFFER_SIZE_OFFSET = 24;
    public static final int WELCOME_TOKEN_OFFSET = 24;

    public static final short KIND_SESSION = 1;
    public static final short KIND_THREAD = 2;
    public static final short TYPE_WELCOME = 0x10;
    public static final short TYPE_REFUSED = 0x11;

    public static final int HEADER_SIZE_BYTES = 24;
    public static final int TYPE_OFFSET = 0;
    public static final int FLAGS_OFFSET = 4;
    public static final int STATUS_OFFSET = 4;
    public static final int ARG0_OFFSET = 8;
    public static final int ARG1_OFFSET = 16;

    public static final int WRITE_READ = 1;
    public static final int SEND_BUFFER = 2;
    public static final int SET_MAX_THREADS = 3;
    public static final int CONTEXT_MGR = 4;
    public static final int DEBUG_VIEW = 5;
    public static final int ERROR_DETAIL = 6;
    /** BINDER_GET_NODE_INFO_FOR_REF, see {@link org.binder4j.protocol.DriverSession#getNodeInfoForRef}. */
    public static final int NODE_INFO = 7;

    /**
     * Receive area size of a session hello asking for no receive area: binder's open without mmap. The
     * welcome then carries no descriptor; the process can send oneway calls, but nothing can reach it
     * (calls to its objects and replies to its calls fail with BR_DEAD_REPLY).
     */
    public static final long NO_RECEIVE_AREA = -1;

    /** WRITE_READ flag: do not wait for work (binder's O_NONBLOCK). */
    public static final int FLAG_NONBLOCK = 1;
    /** WRITE_READ flag: the descriptors of the previous response could not all be received. */
    public static final int FLAG_FDS_REFUSED = 2;
    /**
     * WRITE_READ flag, {@link org.binder4j.protocol.WriteRead#readPastCompletion}: a read that would end
     * with nothing but BR_TRANSACTION_COMPLETE after its BR_NOOP goes on waiting, and the response carries
     * both parts, as if the thread had read again at once. Saves a reply's sender a round trip.
     */
    public static final int FLAG_READ_PAST_COMPLETE = 4;
    /**
     * WRITE_READ flag, {@link org.binder4j.protocol.WriteRead#detached}: a write without a read, without
     * descriptors, that gets no response. Its commands are still taken in order with the thread's next
     * requests; a failure is logged by the daemon.
     */
    public static final int FLAG_NO_RESPONSE = 8;

    /** Largest command stream one WRITE_READ may carry, and largest read it may ask for. */
    public static final int MAX_IO_BYTES = 64 * 1024;
    /** Largest message either side sends; a DEBUG_VIEW response carries at most this much text. */
    public static final int MAX_MESSAGE_BYTES = HEADER_SIZE_BYTES + MAX_IO_BYTES;
    /** Longest process name a session hello may carry. */
    public static final int MAX_NAME_BYTES = 64;

    private WireDescriptor() {}
}
