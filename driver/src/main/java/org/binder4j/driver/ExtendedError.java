package org.binder4j.driver;

/**
 * The last failure of a thread's transaction, binder's BINDER_GET_EXTENDED_ERROR, with a sentence that
 * explains it with its numbers, e.g. "receive area of pid 812 exhausted: need 1050000 bytes, largest
 * free 1040384, 0 of 1040384 in use".
 *
 * @param debugId the failed transaction's debug id
 * @param command the BR code the sender got (BR_FAILED_REPLY, BR_DEAD_REPLY)
 * @param errno the negative errno (-ENOSPC, -EINVAL, -EPROTO, -ESRCH, -EFAULT, -EPERM, -EBADF, -EMFILE)
 * @param detail what happened, for logs and exception messages
 */
public record ExtendedError(int debugId, int command, int errno, String detail) {}
