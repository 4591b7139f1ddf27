package org.binder4j.driver;

import org.binder4j.protocol.LittleEndian;
import static org.binder4j.protocol.LittleEndian.INT;
import static org.binder4j.protocol.LittleEndian.LONG;
import static org.binder4j.protocol.Errno.EINVAL;

import java.lang.foreign.MemorySegment;
import org.binder4j.protocol.Commands;
import org.binder4j.protocol.Returns;
import org.binder4j.protocol.TransactionDataDescriptor;
import org.binder4j.protocol.WriteRead;

/** The write half of a write-read (binder_thread_write): runs the BC_ commands of the write buffer. */
final class CommandProcessor {
    private final BinderContext context;
    private final Transactions transactions;
    private final NodeRefs nodeRefs;
    private final DeathNotifications deaths;
    private final Buffers buffers;

    CommandProcessor(BinderContext context, Transactions transactions, NodeRefs nodeRefs, DeathNotifications deaths,
            Buffers buffers) {
        this.context = context;
        this.transactions = transactions;
        this.nodeRefs = nodeRefs;
        this.deaths = deaths;
        this.buffers = buffers;
    }

    /**
     * Runs commands from {@code bwr.writeConsumed} until the end, or until one fails a transaction
     * (that command counts as consumed), or an unknown or truncated one (it does not).
     *
     * @return 0 or -EINVAL
     */
    int write(BinderThread thread, WriteRead bwr) {
        MemorySegment buffer = bwr.writeBuffer;
        long end = bwr.writeSize;
        long position = bwr.writeConsumed;
        while (position < end && thread.returnError.command == Returns.BR_OK) {
            if (end - position < 4) {
                context.userErrors.report(thread, "truncated command at " + position);
                return -EINVAL;
            }
            int command = buffer.get(INT, position);
            int ordinal = Commands.ordinal(command);
            if (ordinal < 0) {
                context.userErrors.report(thread, "unknown command " + Commands.name(command));
                return -EINVAL;
            }
            long payload = position + 4;
            long next = payload + Commands.payloadSizeBytes(command);
            if (next > end) {
                context.userErrors.report(thread, Commands.name(command) + " truncated at " + position);
                return -EINVAL;
            }
            context.counters.countCommand(ordinal);
            thread.proc().counters.countCommand(ordinal);
            if (run(thread, command, buffer, payload) != 0) {
                return -EINVAL;
            }
            position = next;
            bwr.writeConsumed = position;
        }
        return 0;
    }

    private int run(BinderThread thread, int command, MemorySegment buffer, long payload) {
        switch (command) {
            case Commands.BC_TRANSACTION, Commands.BC_REPLY ->
                    transactions.send(thread, buffer, payload, command == Commands.BC_REPLY, 0);
            case Commands.BC_TRANSACTION_SG, Commands.BC_REPLY_SG ->
                    transactions.send(thread, buffer, payload, command == Commands.BC_REPLY_SG,
                            buffer.get(LONG, payload + TransactionDataDescriptor.SIZE_BYTES));
            case Commands.BC_FREE_BUFFER -> buffers.freeByUser(thread, buffer.get(LONG, payload));
            case Commands.BC_INCREFS, Commands.BC_ACQUIRE, Commands.BC_RELEASE, Commands.BC_DECREFS -> {
                return nodeRefs.refCommand(thread, command, buffer.get(INT, payload));
            }
            case Commands.BC_INCREFS_DONE, Commands.BC_ACQUIRE_DONE ->
                    nodeRefs.incrementsDone(thread, command == Commands.BC_ACQUIRE_DONE, buffer.get(LONG, payload),
                            buffer.get(LONG, payload + 8));
            case Commands.BC_REGISTER_LOOPER -> registerLooper(thread);
            case Commands.BC_ENTER_LOOPER -> enterLooper(thread);
            case Commands.BC_EXIT_LOOPER -> thread.looper |= BinderThread.LOOPER_EXITED;
            case Commands.BC_REQUEST_DEATH_NOTIFICATION ->
                    deaths.request(thread, buffer.get(INT, payload), buffer.get(LONG, payload + 4));
            case Commands.BC_CLEAR_DEATH_NOTIFICATION ->
                    deaths.clear(thread, buffer.get(INT, payload), buffer.get(LONG, payload + 4));
            case Commands.BC_DEAD_BINDER_DONE -> deaths.deadBinderDone(thread, buffer.get(LONG, payload));
            default -> {
                // BC_ACQUIRE_RESULT and BC_ATTEMPT_ACQUIRE: never supported by binder.
                context.userErrors.report(thread, Commands.name(command) + " not supported");
                return -EINVAL;
            }
        }
        return 0;
    }

    /** A thread started on BR_SPAWN_LOOPER joins the pool. */
    private void registerLooper(BinderThread thread) {
        BinderProc proc = thread.proc();
        if ((thread.looper & BinderThread.LOOPER_ENTERED) != 0) {
            thread.looper |= BinderThread.LOOPER_INVALID;
            context.userErrors.report(thread, "BC_REGISTER_LOOPER called after BC_ENTER_LOOPER");
        } else if (proc.requestedThreads == 0) {
            thread.looper |= BinderThread.LOOPER_INVALID;
            context.userErrors.report(thread, "BC_REGISTER_LOOPER called without request");
        } else {
            proc.requestedThreads--;
            proc.requestedThreadsStarted++;
        }
        thread.looper |= BinderThread.LOOPER_REGISTERED;
    }

    /** A thread the application started joins the pool. */
    private void enterLooper(BinderThread thread) {
        if ((thread.looper & BinderThread.LOOPER_REGISTERED) != 0) {
            thread.looper |= BinderThread.LOOPER_INVALID;
            context.userErrors.report(thread, "BC_ENTER_LOOPER called after BC_REGISTER_LOOPER");
        }
        thread.looper |= BinderThread.LOOPER_ENTERED;
    }
}
