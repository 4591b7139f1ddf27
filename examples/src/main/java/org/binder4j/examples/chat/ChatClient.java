package org.binder4j.examples.chat;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.binder4j.BinderRuntime;
import org.binder4j.ServiceManager;

/**
 * Joins the chat room as {@code args[0]} (default {@code alice}), posts a message with an attachment and a reaction
 * to it, waits for the room to call its listener back with both, prints the history and the members, and leaves.
 */
public final class ChatClient {
    /** Printed last when everything worked. */
    public static final String DONE = "chat-client done";
    private static final long CALLBACK_TIMEOUT_MS = 10_000;

    private ChatClient() {}

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "alice";
        BinderRuntime runtime = BinderRuntime.get();
        // The room's callbacks arrive on this process's binder threads.
        runtime.startThreadPool();
        IChatRoom room = IChatRoom.Stub.asInterface(
                ServiceManager.waitForService(ServiceManager.getIServiceManager(), ChatServer.SERVICE_NAME,
                        ServiceManager.GET_SERVICE_TIMEOUT_MS));
        if (room == null) {
            System.out.println("chat-client: no service \"" + ChatServer.SERVICE_NAME + "\" registered");
            System.exit(1);
        }
        LinkedBlockingQueue<Message> received = new LinkedBlockingQueue<>();
        room.join(name, new IChatListener.Stub() {
            @Override
            public void onMessage(Message message) {
                received.add(message);
            }

            @Override
            public void onMemberLeft(String member) {
                System.out.println("left: " + member);
            }
        });
        System.out.println("joined as " + name + "; members " + room.members());

        Message hello = ChatMessages.text(name, "hello from pid " + runtime.pid(), Message.Priority.URGENT);
        hello.attachment = ChatMessages.attachment("greeting.txt", "text/plain", "hi!");
        long sequence = room.post(hello);
        room.post(ChatMessages.reaction(name, sequence, "👋"));
        for (int i = 0; i < 2; i++) {
            Message message = received.poll(CALLBACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            if (message == null) {
                System.out.println("chat-client: the room did not call back within " + CALLBACK_TIMEOUT_MS + " ms");
                System.exit(1);
            }
            System.out.println("callback: " + ChatMessages.describe(message));
        }
        for (Message message : room.history(IChatRoom.MAX_HISTORY)) {
            System.out.println("history: " + ChatMessages.describe(message));
        }
        try {
            room.post(ChatMessages.text("mallory", "not a member", Message.Priority.LOW));
        } catch (IllegalArgumentException e) {
            System.out.println("refused: " + e.getMessage());
        }
        room.leave(name);
        System.out.println(DONE);
        System.exit(0);
    }

}
