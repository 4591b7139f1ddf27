package org.binder4j.servicemanager.policy;

import java.util.OptionalInt;
import org.binder4j.sys.Users;

/** Where a policy resolves user and group names and finds a caller's groups; the system's by default. */
interface UserDirectory {
    OptionalInt uidOf(String userName);

    OptionalInt gidOf(String groupName);

    /** The groups the user with {@code uid} belongs to (primary and supplementary), empty if unknown. */
    int[] groupsOf(int uid);

    UserDirectory SYSTEM = new UserDirectory() {
        @Override
        public OptionalInt uidOf(String userName) {
            return Users.uidOf(userName);
        }

        @Override
        public OptionalInt gidOf(String groupName) {
            return Users.gidOf(groupName);
        }

        @Override
        public int[] groupsOf(int uid) {
            return Users.groupsOf(uid);
        }
    };
}
