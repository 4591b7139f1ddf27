package org.binder4j.examples.chat;

import org.binder4j.examples.chat.IChatListener;
import org.binder4j.examples.chat.Message;

/** A chat room served by one process; members in other processes join with a listener. */
interface IChatRoom {
    const int MAX_HISTORY = 100;

    /** Joins under {@code name}; the room calls {@code listener} for every message posted after this. */
    void join(String name, IChatListener listener);

    /** Leaves the room; the other members are told. */
    void leave(String name);

    /** Posts {@code message} to every member; returns its sequence number. Throws IllegalArgumentException when the author has not joined. */
    long post(in Message message);

    /** The last {@code count} messages, oldest first (at most MAX_HISTORY). */
    Message[] history(int count);

    /** The names of the members, sorted. */
    List<String> members();
}
