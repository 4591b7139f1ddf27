package org.binder4j.aidl.check;

/**
 * The value of a constant expression before it meets its target type, typed as AOSP types it.
 *
 * @param integral the value of a boolean (0 or 1) or integer
 * @param text for a string or char, the literal with its quotes; for a float, its source text (parsed only against
 *     the target, where {@code float} requires the {@code f} suffix)
 */
record Evaluated(Kind kind, long integral, String text) {
    /** The kinds of value; the order of the integral kinds is the order of promotion. */
    enum Kind {
        BOOLEAN("a literal boolean"),
        INT8("an int8 literal"),
        INT32("an int32 literal"),
        INT64("an int64 literal"),
        ARRAY("a literal array"),
        CHARACTER("a literal char"),
        STRING("a literal string"),
        FLOATING("a literal float");

        private final String description;

        Kind(String description) {
            this.description = description;
        }

        /** How AOSP's messages name a value of this kind. */
        String description() {
            return description;
        }

        boolean isIntegral() {
            return ordinal() <= INT64.ordinal();
        }
    }

    static Evaluated integral(Kind kind, long value) {
        return new Evaluated(kind, value, "");
    }

    static Evaluated text(Kind kind, String text) {
        return new Evaluated(kind, 0, text);
    }
}
