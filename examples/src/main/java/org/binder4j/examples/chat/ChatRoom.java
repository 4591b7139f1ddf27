package org.binder4j.examples.chat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.binder4j.RemoteException;

/**
 * The chat room service: members join with an {@link IChatListener} from their own processes, and every posted
 * message is delivered to each of them by a oneway call. A member whose process has died is dropped at the next
 * delivery. Calls arrive on the binder threads of the server, hence the lock.
 */
public final class ChatRoom extends IChatRoom.Stub {
    private final Map<String, IChatListener> members = new TreeMap<>();
    private final Deque<Message> history = new ArrayDeque<>();
    private long lastSequence;

    @Override
    public synchronized void join(String name, IChatListener listener) {
        if (name == null || name.isBlank() || listener == null) {
            throw new IllegalArgumentException("a member joins with a name and a listener, got name " + name
                    + " and " + (listener == null ? "no listener" : "a listener"));
        }
        members.put(name, listener);
    }

    @Override
    public synchronized void leave(String name) {
        if (members.remove(name) != null) {
            deliver(listener -> listener.onMemberLeft(name));
        }
    }

    @Override
    public synchronized long post(Message message) {
        if (message == null || !members.containsKey(message.author)) {
            throw new IllegalArgumentException("only members post; " + (message == null ? "no message"
                    : "'" + message.author + "' has not joined") + " (members: " + members.keySet() + ")");
        }
        message.sequence = ++lastSequence;
        history.addLast(message);
        if (history.size() > MAX_HISTORY) {
            history.removeFirst();
        }
        deliver(listener -> listener.onMessage(message));
        return message.sequence;
    }

    @Override
    public synchronized Message[] history(int count) {
        int size = Math.min(Math.max(count, 0), history.size());
        return history.stream().skip(history.size() - size).toArray(Message[]::new);
    }

    @Override
    public synchronized List<String> members() {
        return new ArrayList<>(members.keySet());
    }

    /** Calls every member; drops those whose process is gone. */
    private void deliver(Delivery delivery) {
        members.values().removeIf(listener -> {
            try {
                delivery.to(listener);
                return false;
            } catch (RemoteException e) {
                return true;
            }
        });
    }

    private interface Delivery {
        void to(IChatListener listener) throws RemoteException;
    }
}
