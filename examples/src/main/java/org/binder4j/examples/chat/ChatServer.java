package org.binder4j.examples.chat;

import org.binder4j.BinderRuntime;
import org.binder4j.RemoteException;
import org.binder4j.ServiceManager;

/**
 * Publishes a {@link ChatRoom} as {@value #SERVICE_NAME} with the service manager of the daemon at
 * {@code $BINDER4J_SOCKET} (or the default socket) and serves it until killed.
 */
public final class ChatServer {
    /** The name the room is registered under. */
    public static final String SERVICE_NAME = "examples.chat";
    /** Printed, followed by the pid, once the room is registered. */
    public static final String READY = "chat-server ready: pid";

    private ChatServer() {}

    public static void main(String[] args) throws RemoteException {
        BinderRuntime runtime = BinderRuntime.get();
        ServiceManager.addService(SERVICE_NAME, new ChatRoom());
        System.out.println(READY + " " + runtime.pid());
        System.out.flush();
        runtime.joinThreadPool();
    }
}
