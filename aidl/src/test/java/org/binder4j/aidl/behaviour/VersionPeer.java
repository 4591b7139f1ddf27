package org.binder4j.aidl.behaviour;

import org.binder4j.Binder;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;

/**
 * One version of the generated code of {@code IVersioned} and {@code Note}, loaded on its own: the versioning test
 * makes a version-1 and a version-2 peer talk to each other through this interface.
 */
public interface VersionPeer {
    /** The priority of a version-1 note, which has no such field. */
    int NO_PRIORITY = -1;

    /** A note as the test sees it, whatever the version. */
    record NoteView(String text, int priority) {}

    /** A new implementation of this version of the interface. */
    Binder newService();

    /** The remote object's {@code getInterfaceVersion()}. */
    int remoteVersion(IBinder remote) throws RemoteException;

    /** The remote object's {@code getInterfaceHash()}. */
    String remoteHash(IBinder remote) throws RemoteException;

    /** Calls {@code first()}, which every version has. */
    int callFirst(IBinder remote) throws RemoteException;

    /** Calls {@code second()}, which version 2 added. */
    int callSecond(IBinder remote) throws RemoteException;

    /** Sends {@code note} to {@code echo} and returns what came back. */
    NoteView echo(IBinder remote, NoteView note) throws RemoteException;

    /** Writes {@code note} as this version's Note. */
    void writeNote(Parcel dest, NoteView note);

    /** Reads a note with this version's Note. */
    NoteView readNote(Parcel source);
}
