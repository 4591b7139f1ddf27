package org.binder4j.driver;

import org.binder4j.protocol.Returns;

/**
 * A failure waiting to be read by a thread (binder_error). Each thread has two: one for its own
 * commands, one for failed replies to its calls; {@link Returns#BR_OK} means none is pending.
 */
final class ErrorWork extends Work {
    int command = Returns.BR_OK;

    ErrorWork() {
        super(RETURN_ERROR);
    }
}
