package org.binder4j;

import java.util.HashMap;

/**
 * The local objects other processes hold references to, with the counts the driver asked for
 * (BR_INCREFS/BR_ACQUIRE, undone by BR_DECREFS/BR_RELEASE) and the pins of transactions in flight. An
 * object stays strongly reachable from here while any of them is non-zero, whatever the application
 * still holds.
 */
final class NodeTable {
    private static final class Node {
        final Binder binder;
        int strong;
        int weak;
        int pins;

        Node(Binder binder) {
            this.binder = binder;
        }

        boolean unused() {
            return strong == 0 && weak == 0 && pins == 0;
        }
    }

    private final HashMap<Long, Node> nodes = new HashMap<>();

    synchronized void pin(Binder binder) {
        nodes.computeIfAbsent(binder.cookie(), cookie -> new Node(binder)).pins++;
    }

    synchronized void unpin(Binder binder) {
        Node node = nodes.get(binder.cookie());
        if (node != null) {
            node.pins--;
            removeIfUnused(node);
        }
    }

    synchronized void incStrong(long cookie) {
        Node node = nodeFor(cookie);
        if (node != null) {
            node.strong++;
        }
    }

    synchronized void decStrong(long cookie) {
        Node node = nodes.get(cookie);
        if (node != null && node.strong > 0) {
            node.strong--;
            removeIfUnused(node);
        }
    }

    synchronized void incWeak(long cookie) {
        Node node = nodeFor(cookie);
        if (node != null) {
            node.weak++;
        }
    }

    synchronized void decWeak(long cookie) {
        Node node = nodes.get(cookie);
        if (node != null && node.weak > 0) {
            node.weak--;
            removeIfUnused(node);
        }
    }

    /** Number of local objects held for other processes. */
    synchronized int size() {
        return nodes.size();
    }

    private Node nodeFor(long cookie) {
        Node node = nodes.get(cookie);
        if (node == null) {
            Binder binder = LocalBinders.find(cookie);
            if (binder == null) {
                RuntimeLog.warn("driver referenced unknown local object cookie 0x" + Long.toHexString(cookie));
                return null;
            }
            node = new Node(binder);
            nodes.put(cookie, node);
        }
        return node;
    }

    private void removeIfUnused(Node node) {
        if (node.unused()) {
            nodes.remove(node.binder.cookie());
        }
    }
}
