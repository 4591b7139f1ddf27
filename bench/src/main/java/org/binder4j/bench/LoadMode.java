package org.binder4j.bench;

/** How a client thread paces its calls. */
public enum LoadMode {
    /** The next call starts when the previous one returned. */
    CLOSED_LOOP("closed-loop"),
    /**
     * Calls are due at a fixed rate; each latency is measured from the time the call was due, so a stall
     * shows up in every call it delayed instead of being hidden (no coordinated omission).
     */
    FIXED_RATE("fixed-rate");

    private final String id;

    LoadMode(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** @throws IllegalArgumentException naming the known modes */
    public static LoadMode fromId(String id) {
        for (LoadMode m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown load mode '" + id + "'; the modes are closed-loop, fixed-rate");
    }
}
