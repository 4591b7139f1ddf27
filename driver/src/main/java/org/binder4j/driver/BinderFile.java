package org.binder4j.driver;

/**
 * An open file a transaction carries (the kernel's {@code struct file} behind a BINDER_TYPE_FD object),
 * as the transport hands it to the {@link BinderDriver}. The driver never looks inside: it holds the
 * file while the transaction is in flight, closes it if the transaction never reaches its receiver, and
 * hands it back to the transport when the receiver reads the transaction.
 */
public interface BinderFile {

    /** Releases the file; called at most once, only by the driver or by whoever it handed the file to. */
    void close();
}
