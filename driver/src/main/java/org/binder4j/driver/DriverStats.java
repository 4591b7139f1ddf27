package org.binder4j.driver;

/**
 * How many of each object the driver holds right now. After every process is released all are zero;
 * tests and the daemon use this to prove that nothing leaked.
 *
 * @param procs open processes
 * @param threads attached threads
 * @param nodes nodes, dead ones included
 * @param refs refs
 * @param deaths death notification records
 * @param transactions transactions in flight (queued, being handled, or awaiting a reply)
 * @param buffers allocated buffers in all receive areas
 * @param files files the driver holds: attached to a write it has not finished, carried by a transaction,
 *     or delivered and not yet taken by the transport
 */
public record DriverStats(int procs, int threads, int nodes, int refs, int deaths, int transactions, int buffers,
        int files) {}
