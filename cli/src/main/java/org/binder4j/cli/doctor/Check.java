package org.binder4j.cli.doctor;

/**
 * The outcome of one doctor check.
 *
 * @param detail what was found
 * @param fix what to do about a WARN or FAIL, null otherwise
 */
record Check(String name, Status status, String detail, String fix) {
    enum Status {
        /** Fine. */
        OK,
        /** Works, but something will bite later or elsewhere. */
        WARN,
        /** binder4j cannot work until it is fixed: the exit status is 1. */
        FAIL,
        /** Not run: it needs what an earlier check found missing. */
        SKIP
    }

    static Check ok(String name, String detail) {
        return new Check(name, Status.OK, detail, null);
    }

    static Check warn(String name, String detail, String fix) {
        return new Check(name, Status.WARN, detail, fix);
    }

    static Check fail(String name, String detail, String fix) {
        return new Check(name, Status.FAIL, detail, fix);
    }

    static Check skip(String name, String why) {
        return new Check(name, Status.SKIP, why, null);
    }
}
