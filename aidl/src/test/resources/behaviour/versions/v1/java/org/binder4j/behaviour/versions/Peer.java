package org.binder4j.behaviour.versions;

import org.binder4j.Binder;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.aidl.behaviour.VersionPeer;

/** Version 1 of the generated code, as the versioning test drives it. */
public final class Peer implements VersionPeer {
    @Override
    public Binder newService() {
        return new IVersioned.Stub() {
            @Override
            public int first() {
                return 1;
            }

            @Override
            public Note echo(Note note) {
                return note;
            }
        };
    }

    @Override
    public int remoteVersion(IBinder remote) throws RemoteException {
        return IVersioned.Stub.asInterface(remote).getInterfaceVersion();
    }

    @Override
    public String remoteHash(IBinder remote) throws RemoteException {
        return IVersioned.Stub.asInterface(remote).getInterfaceHash();
    }

    @Override
    public int callFirst(IBinder remote) throws RemoteException {
        return IVersioned.Stub.asInterface(remote).first();
    }

    @Override
    public int callSecond(IBinder remote) throws RemoteException {
        throw new UnsupportedOperationException("version 1 has no second()");
    }

    @Override
    public NoteView echo(IBinder remote, NoteView note) throws RemoteException {
        return view(IVersioned.Stub.asInterface(remote).echo(note(note)));
    }

    @Override
    public void writeNote(Parcel dest, NoteView note) {
        dest.writeTypedObject(note(note), 0);
    }

    @Override
    public NoteView readNote(Parcel source) {
        return view(source.readTypedObject(Note.CREATOR));
    }

    private static Note note(NoteView view) {
        Note note = new Note();
        note.text = view.text();
        return note;
    }

    private static NoteView view(Note note) {
        return new NoteView(note.text, VersionPeer.NO_PRIORITY);
    }
}
