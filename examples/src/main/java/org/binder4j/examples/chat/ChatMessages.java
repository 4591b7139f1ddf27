package org.binder4j.examples.chat;

import java.nio.charset.StandardCharsets;

/** Builds and prints the room's messages. */
public final class ChatMessages {
    private ChatMessages() {}

    public static Message text(String author, String text, byte priority) {
        Message message = new Message();
        message.author = author;
        message.body = Message.Body.text(text);
        message.priority = priority;
        return message;
    }

    public static Message reaction(String author, long toSequence, String emoji) {
        Message.Reaction reaction = new Message.Reaction();
        reaction.toSequence = toSequence;
        reaction.emoji = emoji;
        Message message = new Message();
        message.author = author;
        message.body = Message.Body.reaction(reaction);
        return message;
    }

    public static Message.Attachment attachment(String name, String mimeType, String content) {
        Message.Attachment attachment = new Message.Attachment();
        attachment.name = name;
        attachment.mimeType = mimeType;
        attachment.data = content.getBytes(StandardCharsets.UTF_8);
        return attachment;
    }

    /** {@code #1 alice [URGENT]: hello (greeting.txt, text/plain, 3 bytes)}. */
    public static String describe(Message message) {
        String body = switch (message.body.getTag()) {
            case Message.Body.text -> message.body.getText();
            case Message.Body.reaction -> message.body.getReaction().emoji + " to #"
                    + message.body.getReaction().toSequence;
            default -> throw new IllegalArgumentException("a message body has no tag " + message.body.getTag());
        };
        String attachment = message.attachment == null ? "" : " (" + message.attachment.name + ", "
                + message.attachment.mimeType + ", " + message.attachment.data.length + " bytes)";
        return "#" + message.sequence + " " + message.author + " [" + priority(message.priority) + "]: " + body
                + attachment;
    }

    private static String priority(byte priority) {
        return switch (priority) {
            case Message.Priority.LOW -> "LOW";
            case Message.Priority.NORMAL -> "NORMAL";
            case Message.Priority.URGENT -> "URGENT";
            default -> "priority " + priority;
        };
    }
}
