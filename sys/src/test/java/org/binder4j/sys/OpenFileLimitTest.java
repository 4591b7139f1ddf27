package org.binder4j.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OpenFileLimitTest {

    @Test
    void softLimitCanBeLoweredAndRestoredUpToTheHardOne() {
        long soft = OpenFileLimit.soft();
        long hard = OpenFileLimit.hard();
        assertTrue(soft <= hard, soft + " <= " + hard);
        try {
            OpenFileLimit.setSoft(soft - 1);
            assertEquals(soft - 1, OpenFileLimit.soft());
            assertEquals(hard, OpenFileLimit.hard());
        } finally {
            OpenFileLimit.setSoft(soft);
        }
        assertEquals(soft, OpenFileLimit.soft());
    }

    @Test
    void aSoftLimitAboveTheHardOneIsRefused() {
        long hard = OpenFileLimit.hard();
        SysException e = assertThrows(SysException.class, () -> OpenFileLimit.setSoft(hard + 1));
        assertEquals(Errnos.EINVAL, e.errno());
        assertTrue(e.getMessage().startsWith("setrlimit(RLIMIT_NOFILE, soft=" + (hard + 1)), e.getMessage());
    }
}
