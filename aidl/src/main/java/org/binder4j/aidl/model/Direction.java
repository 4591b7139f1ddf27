package org.binder4j.aidl.model;

/** The direction of a method argument: which way its value travels. */
public enum Direction {
    /** Caller to callee. */
    IN("in"),
    /** Callee to caller: the callee fills a fresh value that is copied back into the caller's object. */
    OUT("out"),
    /** Both ways. */
    INOUT("inout");

    private final String keyword;

    Direction(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public boolean isIn() {
        return this != OUT;
    }

    public boolean isOut() {
        return this != IN;
    }
}
