package org.binder4j.protocol;

/** Protocol versions checked when a process connects. */
public final class ProtocolVersion {
    /** BINDER_CURRENT_PROTOCOL_VERSION of the 64-bit binder UAPI. */
    public static final int BINDER = 8;
    /** Version of the daemon's socket protocol ({@link org.binder4j.protocol.wire.WireDescriptor}). */
    public static final int WIRE = 3;

    private ProtocolVersion() {}
}
