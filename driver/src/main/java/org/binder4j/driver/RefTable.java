package org.binder4j.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;

/** A process's refs, by handle and by node; new handles are the smallest free number. */
final class RefTable {
    private Ref[] byHandle = new Ref[16];
    private final BitSet usedHandles = new BitSet();
    private final HashMap<Node, Ref> byNode = new HashMap<>();

    /** The ref named {@code handle} (an unsigned 32-bit number), or null. */
    Ref byHandle(int handle) {
        return handle >= 0 && handle < byHandle.length ? byHandle[handle] : null;
    }

    Ref byNode(Node node) {
        return byNode.get(node);
    }

    int smallestFreeHandle(int minimum) {
        return usedHandles.nextClearBit(minimum);
    }

    void add(Ref ref) {
        if (ref.handle >= byHandle.length) {
            byHandle = Arrays.copyOf(byHandle, Math.max(byHandle.length * 2, ref.handle + 1));
        }
        byHandle[ref.handle] = ref;
        usedHandles.set(ref.handle);
        byNode.put(ref.node, ref);
    }

    void remove(Ref ref) {
        byHandle[ref.handle] = null;
        usedHandles.clear(ref.handle);
        byNode.remove(ref.node);
    }

    int size() {
        return byNode.size();
    }

    List<Ref> sortedByHandle() {
        List<Ref> refs = new ArrayList<>(byNode.size());
        for (int handle = usedHandles.nextSetBit(0); handle >= 0; handle = usedHandles.nextSetBit(handle + 1)) {
            refs.add(byHandle[handle]);
        }
        return refs;
    }
}
