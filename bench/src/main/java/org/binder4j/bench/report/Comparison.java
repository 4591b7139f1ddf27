package org.binder4j.bench.report;

import java.util.ArrayList;
import java.util.List;
import org.binder4j.bench.SystemId;

/**
 * binder4j against one peer under the same load (case, threads, mode). Every ratio reads the same way:
 * <b>above 1 means binder4j is faster</b>.
 */
public record Comparison(RunResult binder, RunResult peer) {

    /** Peer p50 ÷ binder4j p50: how many times faster binder4j's median call is. */
    public double p50Speedup() {
        return peer.p50Micros() / binder.p50Micros();
    }

    /** Peer p99 ÷ binder4j p99. */
    public double p99Speedup() {
        return peer.p99Micros() / binder.p99Micros();
    }

    /** binder4j ops/s ÷ peer ops/s. */
    public double throughputRatio() {
        return binder.opsPerSecond() / peer.opsPerSecond();
    }

    /** Every binder4j run with calls, against every other system's run of the same load. */
    public static List<Comparison> of(List<RunResult> results) {
        List<Comparison> comparisons = new ArrayList<>();
        for (RunResult binder : results) {
            if (binder.spec().system().id() != SystemId.BINDER4J || !binder.hasLatency()) {
                continue;
            }
            for (RunResult peer : results) {
                if (peer.spec().system().id() != SystemId.BINDER4J && peer.hasLatency()
                        && peer.spec().load().equals(binder.spec().load())) {
                    comparisons.add(new Comparison(binder, peer));
                }
            }
        }
        return comparisons;
    }
}
