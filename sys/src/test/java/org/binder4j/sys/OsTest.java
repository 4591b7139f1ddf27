package org.binder4j.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class OsTest {
    @Test
    void identityMatchesProcStatus() throws Exception {
        List<String> status = Files.readAllLines(Path.of("/proc/self/status"));

        assertEquals(ProcessHandle.current().pid(), Os.getpid());
        String[] uids = field(status, "Uid:");
        String[] gids = field(status, "Gid:");
        assertEquals(Integer.parseInt(uids[0]), Os.getuid());
        assertEquals(Integer.parseInt(uids[1]), Os.geteuid());
        assertEquals(Integer.parseInt(gids[0]), Os.getgid());
    }

    @Test
    void eachThreadHasItsOwnTid() throws Exception {
        int main = Os.gettid();
        assertTrue(Files.isDirectory(Path.of("/proc/self/task/" + main)));

        int[] other = new int[1];
        Thread thread = new Thread(() -> other[0] = Os.gettid());
        thread.start();
        assertTrue(thread.join(Blocked.TIMEOUT));

        assertNotEquals(0, other[0]);
        assertNotEquals(main, other[0]);
    }

    @Test
    void killWithSignalZeroProbesAProcess() {
        Os.kill(Os.getpid(), 0);

        SysException e = assertThrows(SysException.class, () -> Os.kill(Integer.MAX_VALUE, Os.SIGTERM));
        assertEquals("kill(pid=2147483647, signal=15) failed: ESRCH (No such process)", e.getMessage());
    }

    private static String[] field(List<String> status, String name) {
        return status.stream().filter(l -> l.startsWith(name)).findFirst().orElseThrow()
                .substring(name.length()).trim().split("\\s+");
    }
}
