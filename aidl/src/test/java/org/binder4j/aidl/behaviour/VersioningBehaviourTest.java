package org.binder4j.aidl.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;
import org.binder4j.aidl.behaviour.VersionPeer.NoteView;
import org.binder4j.aidl.java.AidlToJava;
import org.binder4j.aidl.java.InMemoryJavac;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two versions of one interface and parcelable ({@code behaviour/versions/v1} and {@code v2}, compiled with
 * {@code --version} and {@code --hash}), each generated and loaded on its own, talking through the in-process
 * driver: the meta calls report the remote version and hash, a method the remote version lacks fails as
 * unimplemented, and a parcelable with a field added by the newer version travels both ways thanks to its size
 * prefix.
 */
class VersioningBehaviourTest {
    private static final Path ROOT = Path.of("src/test/resources/behaviour/versions").toAbsolutePath();
    private static final int SENTINEL = 0x5e5e5e5e;

    private static VersionPeer v1;
    private static VersionPeer v2;
    private final InProcessPeers peers = new InProcessPeers();

    @BeforeAll
    static void compileBothVersions() throws Exception {
        v1 = load("v1", "--version", "1", "--hash", "hash-of-v1");
        v2 = load("v2", "--version", "2", "--hash", "hash-of-v2");
    }

    private static VersionPeer load(String version, String... flags) throws Exception {
        Path root = ROOT.resolve(version);
        AidlToJava java = new AidlToJava(root.resolve("aidl"));
        for (String path : SourceTree.paths(root.resolve("aidl"), ".aidl")) {
            java.add(path, flags);
        }
        Map<String, String> sources = new TreeMap<>(java.sources());
        sources.putAll(SourceTree.read(root.resolve("java"), ".java"));
        ClassLoader loader = InMemoryJavac.compileOrFail(sources);
        return (VersionPeer) loader.loadClass("org.binder4j.behaviour.versions.Peer").getConstructor().newInstance();
    }

    @AfterEach
    void closePeers() {
        peers.close();
    }

    @Test
    void aNewerClientAsksAnOlderServiceItsVersionAndHash() throws RemoteException {
        IBinder remote = peers.publish("versioned", v1.newService());
        assertEquals(1, v2.remoteVersion(remote));
        assertEquals("hash-of-v1", v2.remoteHash(remote));
        assertEquals(1, v2.callFirst(remote));
    }

    @Test
    void aMethodTheOlderServiceLacksIsUnimplemented() throws RemoteException {
        IBinder remote = peers.publish("versioned", v1.newService());
        RemoteException e = assertThrows(RemoteException.class, () -> v2.callSecond(remote));
        assertEquals("Method second is unimplemented.", e.getMessage());
        assertEquals(1, v2.callFirst(remote), "the service goes on");
    }

    @Test
    void sameVersionsTalkFully() throws RemoteException {
        IBinder remote = peers.publish("versioned", v2.newService());
        assertEquals(2, v2.remoteVersion(remote));
        assertEquals("hash-of-v2", v2.remoteHash(remote));
        assertEquals(2, v2.callSecond(remote));
    }

    @Test
    void anOlderClientSeesTheNewerVersion() throws RemoteException {
        IBinder remote = peers.publish("versioned", v2.newService());
        assertEquals(2, v1.remoteVersion(remote));
        assertEquals(new NoteView("hello", VersionPeer.NO_PRIORITY), v1.echo(remote, new NoteView("hello", 0)),
                "the newer service read the older note, its reply's extra field was skipped");
    }

    @Test
    void aNoteThroughAnOlderServiceLosesOnlyTheNewField() throws RemoteException {
        IBinder remote = peers.publish("versioned", v1.newService());
        assertEquals(new NoteView("hello", 7), v2.echo(remote, new NoteView("hello", 9)),
                "the older service skipped the priority; reading its reply, the field keeps its default");
    }

    @Test
    void anOlderReaderSkipsTheFieldANewerWriterAdded() {
        Parcel parcel = Parcel.obtain();
        try {
            v2.writeNote(parcel, new NoteView("new", 3));
            parcel.writeInt(SENTINEL);
            parcel.setDataPosition(0);
            assertEquals(new NoteView("new", VersionPeer.NO_PRIORITY), v1.readNote(parcel));
            assertEquals(SENTINEL, parcel.readInt(), "the reader stopped at the end of the newer note");
        } finally {
            parcel.recycle();
        }
    }

    @Test
    void aNewerReaderKeepsTheDefaultOfAFieldAnOlderWriterLacks() {
        Parcel parcel = Parcel.obtain();
        try {
            v1.writeNote(parcel, new NoteView("old", VersionPeer.NO_PRIORITY));
            parcel.writeInt(SENTINEL);
            parcel.setDataPosition(0);
            assertEquals(new NoteView("old", 7), v2.readNote(parcel));
            assertEquals(SENTINEL, parcel.readInt(), "the reader did not read past the older note");
        } finally {
            parcel.recycle();
        }
    }
}
