package org.binder4j.servicemanager.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessPolicyTest {
    private static final int SELF = 1234;
    /** alice 1000 in groups 1000 and wheel (10); bob 1001 in group 1001 only. */
    private static final UserDirectory USERS = new UserDirectory() {
        private final Map<String, Integer> uids = Map.of("alice", 1000, "bob", 1001);
        private final Map<String, Integer> gids = Map.of("wheel", 10, "alice", 1000);

        @Override
        public OptionalInt uidOf(String userName) {
            return uids.containsKey(userName) ? OptionalInt.of(uids.get(userName)) : OptionalInt.empty();
        }

        @Override
        public OptionalInt gidOf(String groupName) {
            return gids.containsKey(groupName) ? OptionalInt.of(gids.get(groupName)) : OptionalInt.empty();
        }

        @Override
        public int[] groupsOf(int uid) {
            return switch (uid) {
                case 1000 -> new int[] {10, 1000};
                case 1001 -> new int[] {1001};
                default -> new int[0];
            };
        }
    };

    private static AccessPolicy policy(String text) throws PolicyException {
        return AccessPolicy.parse(text, "test.policy", SELF, USERS);
    }

    private static List<String> errors(String text) {
        return assertThrows(PolicyException.class, () -> policy(text)).errors();
    }

    @Test
    void theFirstMatchingRuleDecides() throws Exception {
        AccessPolicy policy = policy("""
                deny  add   uid=1001  com.example.secret
                allow add   uid=1001  com.example.*
                allow find  *
                """);

        assertTrue(policy.allows(Operation.ADD, 1001, "com.example.open"));
        assertFalse(policy.allows(Operation.ADD, 1001, "com.example.secret"), "the deny comes first");
        assertFalse(policy.allows(Operation.ADD, 1000, "com.example.open"), "no rule for uid 1000: denied");
        assertTrue(policy.allows(Operation.FIND, 1000, "anything"));
        assertFalse(policy.allows(Operation.LIST, 1000, null), "no list rule: denied");
    }

    @Test
    void aDenialNamesTheOperationTheNameTheUidAndTheRule() throws Exception {
        AccessPolicy policy = policy("""
                # comment line

                deny add uid=1001 x.*   # trailing comment
                """);

        SecurityException byRule = assertThrows(SecurityException.class, () -> policy.check(Operation.ADD, 1001, "x.y"));
        assertEquals("add of 'x.y' denied for uid 1001 by rule test.policy:3", byRule.getMessage());
        SecurityException noRule = assertThrows(SecurityException.class, () -> policy.check(Operation.LIST, 7, null));
        assertEquals("list denied for uid 7: no rule of test.policy allows it", noRule.getMessage());
    }

    @Test
    void subjectsByUidRangeNameSelfGroupAndAppId() throws Exception {
        AccessPolicy policy = policy("""
                allow add uid=alice       a
                allow add uid=2000-2999   b
                allow add uid=self        c
                allow add gid=wheel       d
                allow add gid=1001        e
                allow add appid=10000-19999 f
                allow add uid=5,uid=bob   g
                """);

        assertTrue(policy.allows(Operation.ADD, 1000, "a"));
        assertFalse(policy.allows(Operation.ADD, 1001, "a"));
        assertTrue(policy.allows(Operation.ADD, 2999, "b"));
        assertFalse(policy.allows(Operation.ADD, 3000, "b"));
        assertTrue(policy.allows(Operation.ADD, SELF, "c"));
        assertTrue(policy.allows(Operation.ADD, 1000, "d"), "alice is in wheel");
        assertFalse(policy.allows(Operation.ADD, 1001, "d"));
        assertTrue(policy.allows(Operation.ADD, 1001, "e"), "bob's primary group");
        assertFalse(policy.allows(Operation.ADD, 4242, "e"), "a uid without a user is in no group");
        assertTrue(policy.allows(Operation.ADD, 10_123, "f"));
        assertTrue(policy.allows(Operation.ADD, 1_010_123, "f"), "app id of user 10");
        assertFalse(policy.allows(Operation.ADD, 1000, "f"));
        assertTrue(policy.allows(Operation.ADD, 5, "g"));
        assertTrue(policy.allows(Operation.ADD, 1001, "g"));
        assertFalse(policy.allows(Operation.ADD, 6, "g"));
    }

    @Test
    void uidsAreUnsigned() throws Exception {
        AccessPolicy policy = policy("allow find uid=4294967294 *\n");
        assertTrue(policy.allows(Operation.FIND, -2, "x"));
    }

    @Test
    void operationListsAndStar() throws Exception {
        AccessPolicy policy = policy("""
                allow add,find uid=1 *
                allow * uid=2
                """);

        assertTrue(policy.allows(Operation.FIND, 1, "x"));
        assertFalse(policy.allows(Operation.TAKEOVER, 1, "x"));
        for (Operation operation : Operation.values()) {
            assertTrue(policy.allows(operation, 2, operation == Operation.LIST ? null : "x"), operation.word());
        }
    }

    @Test
    void namePatterns() throws Exception {
        AccessPolicy policy = policy("allow find * com.*.svc a?c exact/name\n");

        assertTrue(policy.allows(Operation.FIND, 0, "com.example.svc"));
        assertTrue(policy.allows(Operation.FIND, 0, "com..svc"), "a star matches nothing too");
        assertTrue(policy.allows(Operation.FIND, 0, "com.a.b.svc"), "and dots");
        assertFalse(policy.allows(Operation.FIND, 0, "com.example.svc2"));
        assertTrue(policy.allows(Operation.FIND, 0, "abc"));
        assertFalse(policy.allows(Operation.FIND, 0, "ac"));
        assertTrue(policy.allows(Operation.FIND, 0, "exact/name"));
        assertFalse(policy.allows(Operation.FIND, 0, "exact/names"));
    }

    @Test
    void globsBacktrack() {
        assertTrue(new NameGlob("*a*b").matches("xaxxab"));
        assertTrue(new NameGlob("a*b*c").matches("abbbc"));
        assertFalse(new NameGlob("a*b*c").matches("abbb"));
        assertTrue(new NameGlob("**").matches(""));
        assertFalse(new NameGlob("?").matches(""));
    }

    @Test
    void everyErrorIsReportedWithItsLine() {
        List<String> errors = errors("""
                allow add
                permit add *
                allow ad,find *
                allow add user=3
                allow add uid=nosuchuser
                allow add gid=nosuchgroup
                allow add uid=9-3
                allow add uid=99999999999
                allow add appid=100000
                allow add appid=app
                allow add * bad$name
                allow list * some.name
                allow find *
                """);

        assertEquals(List.of(
                "test.policy:1: a rule is: allow|deny OPERATIONS SUBJECT [NAME-PATTERN...]; this one has 2 words",
                "test.policy:2: expected allow or deny, found 'permit' (a rule is: allow|deny OPERATIONS SUBJECT [NAME-PATTERN...])",
                "test.policy:3: unknown operation 'ad' (expected add, find, list, takeover, or * for all, separated by commas without spaces)",
                "test.policy:4: unknown subject 'user=3' (expected *, or uid=..., gid=..., appid=..., separated by commas without spaces)",
                "test.policy:5: unknown user 'nosuchuser' in uid=nosuchuser (expected a uid, a range N-M, a user name or self)",
                "test.policy:6: unknown group 'nosuchgroup' in gid=nosuchgroup (expected a gid, a range N-M or a group name)",
                "test.policy:7: range '9-3' is empty: 9 > 3",
                "test.policy:8: '99999999999' is not a number or a range N-M of numbers from 0 to 4294967294",
                "test.policy:9: '100000' is not a number or a range N-M of numbers from 0 to 99999",
                "test.policy:10: expected a number or a range N-M, found 'app'",
                "test.policy:11: name pattern 'bad$name' has '$', which no service name has (names use [A-Za-z0-9_./-]; patterns add * and ?)",
                "test.policy:12: list has no name to match: give list in a rule without name patterns (or with *)"),
                errors);
    }

    @Test
    void theExceptionMessageHasEveryError() {
        PolicyException e = assertThrows(PolicyException.class, () -> policy("allow\ndeny\n"));
        assertTrue(e.getMessage().startsWith("test.policy: 2 errors\ntest.policy:1: "), e.getMessage());
        assertTrue(e.getMessage().contains("\ntest.policy:2: "), e.getMessage());
    }

    @Test
    void theBuiltInPolicyLetsEveryoneFindListAndAddButOnlyRootAndSelfTakeOver() {
        AccessPolicy policy = AccessPolicy.builtIn(SELF);

        assertTrue(policy.allows(Operation.FIND, 65534, "x"));
        assertTrue(policy.allows(Operation.LIST, 65534, null));
        assertTrue(policy.allows(Operation.ADD, 65534, "x"));
        assertFalse(policy.allows(Operation.TAKEOVER, 65534, "x"));
        assertTrue(policy.allows(Operation.TAKEOVER, 0, "x"));
        assertTrue(policy.allows(Operation.TAKEOVER, SELF, "x"));
        assertEquals("built-in policy (3 rules)", policy.toString());
    }

    @Test
    void readsAFileAndNamesItInErrors(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("sm.policy");
        Files.writeString(file, "allow find,list *\n");
        assertEquals(file + " (1 rule)", AccessPolicy.read(file, SELF).toString());

        Files.writeString(file, "allow find,list *\nallow fnd *\n");
        PolicyException bad = assertThrows(PolicyException.class, () -> AccessPolicy.read(file, SELF));
        assertTrue(bad.getMessage().startsWith(file + ":2: unknown operation 'fnd'"), bad.getMessage());

        Path missing = directory.resolve("missing.policy");
        PolicyException unreadable = assertThrows(PolicyException.class, () -> AccessPolicy.read(missing, SELF));
        assertTrue(unreadable.getMessage().startsWith("cannot read policy file " + missing + ": "), unreadable.getMessage());
    }
}
