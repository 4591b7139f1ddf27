package org.binder4j.aidl.parse;

/** Ends the whole parse after an error no member-level recovery can get past (it has been reported). */
final class ParseAbandoned extends RuntimeException {
    ParseAbandoned() {
        super(null, null, false, false);
    }
}
