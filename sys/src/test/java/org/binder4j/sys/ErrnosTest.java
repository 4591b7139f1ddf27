package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import org.junit.jupiter.api.Test;

class ErrnosTest {
    @Test
    @SuppressWarnings("restricted")
    void descriptionsMatchStrerror() throws Throwable {
        Linker linker = Linker.nativeLinker();
        MethodHandle strerror = linker.downcallHandle(linker.defaultLookup().find("strerror").orElseThrow(),
                FunctionDescriptor.of(ADDRESS, JAVA_INT));
        int described = 0;
        for (int errno = 1; errno < 134; errno++) {
            String text = Errnos.describe(errno);
            if (text.startsWith("errno ")) {
                continue;
            }
            described++;
            String expected = ((MemorySegment) strerror.invokeExact(errno)).reinterpret(256).getString(0);
            assertTrue(text.matches("E[A-Z0-9]+ \\(.*\\)"), text);
            assertEquals(expected, text.substring(text.indexOf('(') + 1, text.length() - 1), text);
        }
        assertTrue(described > 50, described + " errnos described");
    }

    @Test
    void exceptionMessageNamesCallAndErrno() {
        SysException e = new SysException("mmap(fd=7, size=1040384, PROT_READ)", Errnos.EBADF);

        assertEquals("mmap(fd=7, size=1040384, PROT_READ) failed: EBADF (Bad file descriptor)", e.getMessage());
        assertEquals("mmap(fd=7, size=1040384, PROT_READ)", e.call());
        assertEquals(Errnos.EBADF, e.errno());
        assertEquals("errno 4000", Errnos.describe(4000));
    }

    @Test
    void unsupportedPlatformsFailClearly() {
        UnsupportedOperationException e =
                assertThrows(UnsupportedOperationException.class, () -> Arch.detect("Linux", "riscv64"));
        assertTrue(e.getMessage().contains("riscv64"), e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> Arch.detect("Mac OS X", "aarch64"));
        assertEquals(202, Arch.detect("Linux", "amd64").sysFutex());
        assertEquals(98, Arch.detect("Linux", "aarch64").sysFutex());
    }
}
