package org.binder4j.bench.peer.rmi;

import java.rmi.Remote;
import java.rmi.RemoteException;

/** The benchmark's interface for java.rmi: the same operations as the binder4j one, the RMI way. */
public interface RmiBench extends Remote {

    /** Returns {@code value + 1}. */
    int add(int value) throws RemoteException;

    /** Returns {@code payload}. */
    byte[] echo(byte[] payload) throws RemoteException;

    /** Returns {@code object}: a remote reference travels to the server and back. */
    Remote repeat(Remote object) throws RemoteException;
}
