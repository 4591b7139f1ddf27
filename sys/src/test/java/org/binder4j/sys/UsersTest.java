package org.binder4j.sys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The user database answers as {@code id} does. */
class UsersTest {
    /** No system gives this name or uid to anyone. */
    private static final String NOBODY_BY_THAT_NAME = "binder4j-no-such-user";
    private static final int UNUSED_UID = 2_000_000_007;

    @Test
    void rootIsUidZeroInGroupZero() {
        assertEquals(OptionalInt.of(0), Users.uidOf("root"));
        assertEquals(OptionalInt.of(0), Users.gidOf("root"));
        assertTrue(Arrays.stream(Users.groupsOf(0)).anyMatch(gid -> gid == 0));
    }

    @Test
    void groupsAreThoseIdPrints() throws Exception {
        String name = id("-un");
        int uid = Integer.parseInt(id("-u"));
        int[] expected = Arrays.stream(id("-G", name).split(" ")).mapToInt(Integer::parseInt).sorted().distinct().toArray();

        assertEquals(OptionalInt.of(uid), Users.uidOf(name));
        assertArrayEquals(expected, Users.groupsOf(uid));
    }

    @Test
    void unknownNamesAndUidsAreEmpty() {
        assertEquals(OptionalInt.empty(), Users.uidOf(NOBODY_BY_THAT_NAME));
        assertEquals(OptionalInt.empty(), Users.gidOf(NOBODY_BY_THAT_NAME));
        assertArrayEquals(new int[0], Users.groupsOf(UNUSED_UID));
    }

    private static String id(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "id";
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "id finished");
            assertEquals(0, process.exitValue(), output);
            return output;
        } finally {
            process.destroyForcibly();
        }
    }
}
