package org.binder4j.examples.chat;

/** A chat message; its nested types say what it carries and how urgent it is. */
parcelable Message {
    /** How urgent a message is; one byte on the wire. */
    @Backing(type="byte")
    enum Priority { LOW, NORMAL, URGENT }

    /** A file sent along with the text. */
    parcelable Attachment {
        String name;
        String mimeType = "application/octet-stream";
        byte[] data;
    }

    /** What the message says: text, or a reaction to an earlier message. */
    union Body {
        String text;
        Reaction reaction;
    }

    /** An emoji in answer to the message with sequence number {@code toSequence}. */
    parcelable Reaction {
        long toSequence;
        String emoji;
    }

    /** Given by the room when the message is posted; 0 before. */
    long sequence;
    String author;
    Body body;
    Priority priority = Priority.NORMAL;
    @nullable Attachment attachment;
}
