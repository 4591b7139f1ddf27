package org.binder4j.bench.run;

import java.time.Duration;

/**
 * CPU time of other processes, all threads, as the kernel accounts it (user + system, /proc/PID/stat, so
 * in clock ticks: 10 ms on most Linux systems).
 */
final class CpuClock {
    private CpuClock() {}

    /**
     * @throws BenchException if the process is gone or its CPU time cannot be read
     */
    static long cpuNanos(long pid) {
        return ProcessHandle.of(pid)
                .flatMap(handle -> handle.info().totalCpuDuration())
                .map(Duration::toNanos)
                .orElseThrow(() -> new BenchException("cannot read the CPU time of pid " + pid + " (has it exited?)"));
    }
}
