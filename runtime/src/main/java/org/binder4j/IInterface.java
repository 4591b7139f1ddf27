package org.binder4j;

/** A typed interface over a binder object: what AIDL-generated stubs and proxies implement. */
public interface IInterface {

    /** The binder object behind this interface: the local implementation, or a proxy. */
    IBinder asBinder();
}
