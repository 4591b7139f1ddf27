package org.binder4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.binder4j.cli.JavaProcess;
import org.binder4j.examples.chat.ChatClient;
import org.binder4j.examples.chat.ChatMessages;
import org.binder4j.examples.chat.ChatServer;
import org.binder4j.examples.chat.IChatListener;
import org.binder4j.examples.chat.IChatRoom;
import org.binder4j.examples.chat.Message;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The chat example across processes: a daemon, the server, the client main, and this JVM as another member. */
class ChatExampleTest {
    private static final long CALLBACK_TIMEOUT_MS = 30_000;
    private static ProcessWorld world;
    private static IChatRoom room;

    @BeforeAll
    static void start() throws Exception {
        world = new ProcessWorld();
        world.start(ChatServer.class, ChatServer.READY);
        room = IChatRoom.Stub.asInterface(world.service(ChatServer.SERVICE_NAME));
    }

    @AfterAll
    static void stop() throws Exception {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void theClientMainChatsAndThisMemberHearsItThroughItsCallback() throws Exception {
        Listener bob = new Listener();
        room.join("bob", bob);

        JavaProcess client = world.run(ChatClient.class, "alice");
        assertEquals(0, client.awaitExit(ProcessWorld.TIMEOUT), client.transcript());
        String transcript = client.transcript();
        assertTrue(transcript.contains(ChatClient.DONE), transcript);
        assertTrue(transcript.contains("refused: only members post; 'mallory' has not joined"), transcript);

        Message hello = bob.next();
        assertEquals("alice", hello.author);
        assertEquals(Message.Priority.URGENT, hello.priority);
        assertTrue(hello.body.getText().startsWith("hello from pid "), hello.body.getText());
        assertEquals("greeting.txt", hello.attachment.name);
        assertArrayEquals("hi!".getBytes(StandardCharsets.UTF_8), hello.attachment.data);
        Message reaction = bob.next();
        assertEquals(Message.Body.reaction, reaction.body.getTag());
        assertEquals(hello.sequence, reaction.body.getReaction().toSequence);
        assertNull(reaction.attachment);
        assertEquals("alice", bob.left.poll(CALLBACK_TIMEOUT_MS, TimeUnit.MILLISECONDS));
        room.leave("bob");
    }

    @Test
    void aPostedMessageComesBackWithItsSequenceAndStaysInTheHistory() throws Exception {
        Listener carol = new Listener();
        room.join("carol", carol);
        Message posted = ChatMessages.text("carol", "defaults travel too", Message.Priority.NORMAL);
        posted.attachment = new Message.Attachment();
        posted.attachment.name = "empty";
        posted.attachment.data = new byte[0];

        long sequence = room.post(posted);

        Message heard = carol.next();
        assertEquals(sequence, heard.sequence);
        assertEquals("application/octet-stream", heard.attachment.mimeType);
        Message[] history = room.history(1);
        assertEquals(1, history.length);
        assertEquals(ChatMessages.describe(heard), ChatMessages.describe(history[0]));
        assertTrue(room.members().contains("carol"), room.members().toString());
        room.leave("carol");
        assertFalse(room.members().contains("carol"), room.members().toString());
    }

    @Test
    void joiningWithoutAListenerIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> room.join("dave", null));
        assertTrue(e.getMessage().contains("no listener"), e.getMessage());
    }

    /** A member in this JVM: the room's oneway calls arrive on this process's binder threads. */
    private static final class Listener extends IChatListener.Stub {
        final LinkedBlockingQueue<Message> messages = new LinkedBlockingQueue<>();
        final LinkedBlockingQueue<String> left = new LinkedBlockingQueue<>();

        @Override
        public void onMessage(Message message) {
            messages.add(message);
        }

        @Override
        public void onMemberLeft(String name) {
            left.add(name);
        }

        Message next() throws InterruptedException {
            Message message = messages.poll(CALLBACK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
            assertNotNull(message, "no message within " + CALLBACK_TIMEOUT_MS + " ms");
            return message;
        }
    }
}
