package org.binder4j.sys;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class TmpAllocProbeTest {
    @Test
    void probe() {
        com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int[] pair = UnixSocket.socketPair();
        EventFd event = EventFd.create();
        MemorySegment buffer = Arena.global().allocate(256, 8);
        MemorySegment word = Arena.global().allocate(JAVA_INT);
        Runnable[] ops = {
            () -> { UnixSocket.send(pair[0], buffer, 64); UnixSocket.receive(pair[1], buffer, 256); },
            () -> UnixSocket.receiveNonBlocking(pair[1], buffer, 256),
            () -> Futex.wait(word, 1, -1),
            () -> Futex.wake(word, 1),
            () -> event.signal(),
            () -> event.poll(0),
            () -> event.await(),
            () -> Os.gettid(),
            () -> Fds.isOpen(pair[0]),
            () -> Scratch.get(),
        };
        for (int round = 0; round < 4; round++) {
            StringBuilder sb = new StringBuilder("round " + round + ":");
            for (Runnable op : ops) {
                long b = t.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < 10000; i++) op.run();
                sb.append(' ').append(t.getCurrentThreadAllocatedBytes() - b);
            }
            System.out.println(sb);
        }
    }
}
