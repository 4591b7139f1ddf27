package org.binder4j.driver;

/**
 * Tunables of the driver, with binder's defaults.
 *
 * @param defaultReceiveAreaSizeBytes receive area of a process that does not ask for a size: 1 MiB minus
 *     two pages, libbinder's BINDER_VM_SIZE
 * @param maxReceiveAreaSizeBytes the largest receive area a process may ask for (binder caps at 4 MiB)
 * @param transactionLogEntries entries kept in the transaction and failed-transaction logs
 */
public record DriverConfig(long defaultReceiveAreaSizeBytes, long maxReceiveAreaSizeBytes, int transactionLogEntries) {

    public static final long PAGE_SIZE_BYTES = 4096;
    public static final long DEFAULT_RECEIVE_AREA_SIZE_BYTES = 1024 * 1024 - 2 * PAGE_SIZE_BYTES;
    public static final long MAX_RECEIVE_AREA_SIZE_BYTES = 4 * 1024 * 1024;

    public DriverConfig {
        if (defaultReceiveAreaSizeBytes <= 0 || defaultReceiveAreaSizeBytes > maxReceiveAreaSizeBytes) {
            throw new IllegalArgumentException("default receive area " + defaultReceiveAreaSizeBytes
                    + " bytes must be in 1.." + maxReceiveAreaSizeBytes);
        }
        if (transactionLogEntries <= 0) {
            throw new IllegalArgumentException("transactionLogEntries " + transactionLogEntries + " must be > 0");
        }
    }

    public static DriverConfig defaults() {
        return new DriverConfig(DEFAULT_RECEIVE_AREA_SIZE_BYTES, MAX_RECEIVE_AREA_SIZE_BYTES, 32);
    }

    /** The receive area size to give a process that asked for {@code requestedBytes} (0: the default). */
    public long receiveAreaSizeFor(long requestedBytes) {
        if (requestedBytes <= 0) {
            return defaultReceiveAreaSizeBytes;
        }
        return Math.min(requestedBytes, maxReceiveAreaSizeBytes) & -8L;
    }
}
