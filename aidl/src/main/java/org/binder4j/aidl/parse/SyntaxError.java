package org.binder4j.aidl.parse;

/** Unwinds the parser to a recovery point after a syntax error has been reported. */
final class SyntaxError extends RuntimeException {
    SyntaxError() {
        super(null, null, false, false);
    }
}
