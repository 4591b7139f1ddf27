package org.binder4j.it.sm;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.binder4j.IBinder;
import org.binder4j.Parcel;
import org.binder4j.RemoteException;

/** The test's handle on a peer JVM: each method has the peer call its service manager ({@link PeerProtocol}). */
final class Peer {
    private final String label;
    private final IBinder control;

    Peer(String label, IBinder control) {
        this.label = label;
        this.control = control;
    }

    String label() {
        return label;
    }

    /** Registers a new object under {@code name}; returns its descriptor. */
    String add(String name, int dumpPriority, boolean clientCallback) throws RemoteException {
        return call(PeerProtocol.ADD, data -> {
            data.writeString(name);
            data.writeInt(dumpPriority);
            data.writeBoolean(clientCallback);
        }, Parcel::readString);
    }

    boolean find(String name) throws RemoteException {
        return call(PeerProtocol.FIND, data -> data.writeString(name), Parcel::readBoolean);
    }

    List<String> list(int dumpPriority) throws RemoteException {
        return List.of(call(PeerProtocol.LIST, data -> data.writeInt(dumpPriority), Parcel::createStringArray));
    }

    boolean hold(String name) throws RemoteException {
        return call(PeerProtocol.HOLD, data -> data.writeString(name), Parcel::readBoolean);
    }

    void drop(String name) throws RemoteException {
        call(PeerProtocol.DROP, data -> data.writeString(name), reply -> null);
    }

    void tryUnregister(String name) throws RemoteException {
        call(PeerProtocol.TRY_UNREGISTER, data -> data.writeString(name), reply -> null);
    }

    void watch(String name) throws RemoteException {
        call(PeerProtocol.WATCH, data -> data.writeString(name), reply -> null);
    }

    private <T> T call(int code, Consumer<Parcel> arguments, Function<Parcel, T> result) throws RemoteException {
        Parcel data = Parcel.obtain();
        Parcel reply = Parcel.obtain();
        try {
            data.writeInterfaceToken(PeerProtocol.CONTROL_DESCRIPTOR);
            arguments.accept(data);
            control.transact(code, data, reply, 0);
            reply.readException();
            return result.apply(reply);
        } finally {
            reply.recycle();
            data.recycle();
        }
    }
}
