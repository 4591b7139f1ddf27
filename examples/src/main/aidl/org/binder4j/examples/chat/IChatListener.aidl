package org.binder4j.examples.chat;

import org.binder4j.examples.chat.Message;

/** What a member of a room implements: the room calls it back, in the member's process, for each message. */
oneway interface IChatListener {
    void onMessage(in Message message);
    void onMemberLeft(String name);
}
