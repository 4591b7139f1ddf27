package org.binder4j.bench;

/** One system in one variant: the unit that gets processes of its own. */
public record SystemUnderTest(SystemId id, String variant) {
    public SystemUnderTest {
        if (!id.variants().contains(variant)) {
            throw new IllegalArgumentException(id.id() + " has no variant '" + variant + "'; it has " + id.variants());
        }
    }

    /** {@code system} or {@code system/variant}, as reports show it. */
    public String label() {
        return variant.isEmpty() ? id.id() : id.id() + "/" + variant;
    }

    /** Whether the futex floors of this variant spin before they block. */
    public boolean spins() {
        return variant.equals("spin") || id == SystemId.SHM_COPY;
    }
}
