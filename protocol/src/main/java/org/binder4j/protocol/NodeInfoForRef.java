package org.binder4j.protocol;

/**
 * The argument of {@link DriverSession#getNodeInfoForRef}, binder's {@code binder_node_info_for_ref}:
 * the context manager names one of its handles and learns the counts of the node behind it, which is
 * how a service manager tells whether anyone besides itself holds a service.
 */
public final class NodeInfoForRef {
    /** In: a handle of the asking process that holds a strong reference. */
    public int handle;
    /**
     * Out: the node's strong count as binder computes it, {@code local_strong_refs +
     * internal_strong_refs}: one per process holding a strong reference to it (the asker included), plus
     * one per transaction or buffer in flight that holds it.
     */
    public int strongCount;
    /** Out: the node's local weak count (binder's {@code local_weak_refs}). */
    public int weakCount;
    /**
     * Out, a binder4j addition (binder keeps its {@code reserved1} field here): how many processes hold a
     * strong reference to the node, the asker included (binder's {@code internal_strong_refs}). Unlike
     * {@link #strongCount} it leaves out what is in flight, such as a buffer that carried the object back
     * to its owner, so it counts the holders exactly.
     */
    public int strongRefProcs;
}
