package org.binder4j.servicemanager.policy;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Who a rule is about: anyone, or callers matching any of its terms. The caller is known by its uid
 * (from the driver); its groups are those the user database gives that uid.
 */
record Subject(List<Term> terms, String text) {
    /** Android's per-user uid range: a uid's app id is its remainder. */
    static final int PER_USER_RANGE = 100_000;

    static final Subject ANYONE = new Subject(List.of(), "*");

    boolean matches(int uid, IntFunction<int[]> groupsOfUid) {
        if (terms.isEmpty()) {
            return true;
        }
        for (Term term : terms) {
            if (term.matches(uid, groupsOfUid)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }

    /** One {@code kind=value} of a subject. Ids are unsigned 32-bit numbers, as the kernel's. */
    sealed interface Term {
        boolean matches(int uid, IntFunction<int[]> groupsOfUid);
    }

    /** {@code uid=N}, {@code uid=N-M}, {@code uid=NAME}, {@code uid=self}. */
    record UidRange(long first, long last) implements Term {
        @Override
        public boolean matches(int uid, IntFunction<int[]> groupsOfUid) {
            long id = Integer.toUnsignedLong(uid);
            return id >= first && id <= last;
        }
    }

    /** {@code gid=N}, {@code gid=N-M}, {@code gid=NAME}: the caller's user is in such a group. */
    record GidRange(long first, long last) implements Term {
        @Override
        public boolean matches(int uid, IntFunction<int[]> groupsOfUid) {
            for (int gid : groupsOfUid.apply(uid)) {
                long id = Integer.toUnsignedLong(gid);
                if (id >= first && id <= last) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code appid=N}, {@code appid=N-M}: the caller's uid modulo {@value #PER_USER_RANGE}, as Android's. */
    record AppIdRange(long first, long last) implements Term {
        @Override
        public boolean matches(int uid, IntFunction<int[]> groupsOfUid) {
            long appId = Integer.toUnsignedLong(uid) % PER_USER_RANGE;
            return appId >= first && appId <= last;
        }
    }
}
