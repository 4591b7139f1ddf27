package org.binder4j.servicemanager.policy;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/** One line of a policy: allow or deny these operations to this subject on these names. */
record PolicyRule(boolean allow, Set<Operation> operations, Subject subject, List<NameGlob> names, String where) {

    /** Whether the rule decides {@code operation} by {@code uid} on {@code name} (null for list). */
    boolean matches(Operation operation, int uid, String name, IntFunction<int[]> groupsOfUid) {
        if (!operations.contains(operation) || !subject.matches(uid, groupsOfUid)) {
            return false;
        }
        if (name == null) {
            return true;
        }
        for (NameGlob glob : names) {
            if (glob.matches(name)) {
                return true;
            }
        }
        return false;
    }
}
