package org.binder4j.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.binder4j.bench.BenchCase;
import org.binder4j.bench.LoadMode;
import org.binder4j.bench.SystemId;

/** One of the performance targets, as this run measured it. */
public record TargetCheck(String target, String measured, Status status) {

    public enum Status {
        MET("met"), MISSED("NOT met"), NOT_MEASURED("not measured");

        private final String text;

        Status(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    private static final double IDLE_CORE_SHARE = 0.01;

    /** The targets, judged on p50 (closed loop) and on CPU share for idle. */
    public static List<TargetCheck> evaluate(List<RunResult> results) {
        List<TargetCheck> checks = new ArrayList<>();
        checks.add(faster(results, BenchCase.SMALL, 1, "rmi", 2, "small sync call at least 2x faster than RMI"));
        checks.add(faster(results, BenchCase.SMALL, 1, "grpc-uds", 4, "small sync call at least 4x faster than gRPC over UDS"));
        checks.add(within(results, BenchCase.SMALL, "futex-relay/spin", 1.2,
                "small sync call within 1.2x of the three-JVM futex relay (spin-then-block)"));
        checks.add(throughput(results, "rmi", "small sync calls, 2 client threads: throughput at least RMI's"));
        checks.add(faster(results, BenchCase.ECHO_512K, 1, "rmi", 5, "512 KiB echo at least 5x faster than RMI"));
        checks.add(faster(results, BenchCase.ECHO_512K, 1, "grpc-uds", 5, "512 KiB echo at least 5x faster than gRPC over UDS"));
        checks.add(within(results, BenchCase.ECHO_512K, "shm-copy", 2.5, "512 KiB echo within 2.5x of the one-copy shared-memory echo"));
        checks.add(idle(results));
        checks.add(new TargetCheck("steady-state client transact allocates nothing per call",
                "measured by JMH, not by this command: binder4j bench jmh InProcessTransact (GC profiler, gc.alloc.rate.norm)",
                Status.NOT_MEASURED));
        return checks;
    }

    private static TargetCheck faster(List<RunResult> results, BenchCase benchCase, int threads, String peer, double factor,
                                      String target) {
        Optional<RunResult> binder = find(results, "binder4j", benchCase, threads);
        Optional<RunResult> other = find(results, peer, benchCase, threads);
        if (binder.isEmpty() || other.isEmpty()) {
            return notMeasured(target, peer, benchCase);
        }
        double speedup = other.get().p50Micros() / binder.get().p50Micros();
        return new TargetCheck(target, format("%s p50 %.1f µs / binder4j p50 %.1f µs = %.3fx", peer,
                other.get().p50Micros(), binder.get().p50Micros(), speedup), speedup >= factor ? Status.MET : Status.MISSED);
    }

    private static TargetCheck within(List<RunResult> results, BenchCase benchCase, String floor, double factor,
                                      String target) {
        Optional<RunResult> binder = find(results, "binder4j", benchCase, 1);
        Optional<RunResult> other = find(results, floor, benchCase, 1);
        if (binder.isEmpty() || other.isEmpty()) {
            return notMeasured(target, floor, benchCase);
        }
        double ratio = binder.get().p50Micros() / other.get().p50Micros();
        return new TargetCheck(target, format("binder4j p50 %.1f µs / %s p50 %.1f µs = %.3fx", binder.get().p50Micros(),
                floor, other.get().p50Micros(), ratio), ratio <= factor ? Status.MET : Status.MISSED);
    }

    private static TargetCheck throughput(List<RunResult> results, String peer, String target) {
        Optional<RunResult> binder = find(results, "binder4j", BenchCase.SMALL, 2);
        Optional<RunResult> other = find(results, peer, BenchCase.SMALL, 2);
        if (binder.isEmpty() || other.isEmpty()) {
            return notMeasured(target, peer, BenchCase.SMALL);
        }
        double ratio = binder.get().opsPerSecond() / other.get().opsPerSecond();
        return new TargetCheck(target, format("binder4j %.0f ops/s / %s %.0f ops/s = %.3fx", binder.get().opsPerSecond(),
                peer, other.get().opsPerSecond(), ratio), ratio >= 1 ? Status.MET : Status.MISSED);
    }

    private static TargetCheck idle(List<RunResult> results) {
        String target = "idle: daemon + server + client below 1% of one core";
        Optional<RunResult> idle = results.stream()
                .filter(r -> r.spec().system().id() == SystemId.BINDER4J && r.spec().benchCase() == BenchCase.IDLE)
                .findFirst();
        if (idle.isEmpty()) {
            return new TargetCheck(target, "no idle result for binder4j in this run", Status.NOT_MEASURED);
        }
        RunResult r = idle.get();
        return new TargetCheck(target, format("%.2f%% of one core: %.0f ms CPU (%s) over %.1f s", 100 * r.cpuCores(), r.cpuMs(),
                r.cpuBreakdown(), r.durationSeconds()), r.cpuCores() < IDLE_CORE_SHARE ? Status.MET : Status.MISSED);
    }

    private static TargetCheck notMeasured(String target, String other, BenchCase benchCase) {
        return new TargetCheck(target, "no " + benchCase.id() + " result for binder4j and " + other + " in this run",
                Status.NOT_MEASURED);
    }

    /** The closed-loop result of {@code label} for the case and thread count, if this run has it. */
    private static Optional<RunResult> find(List<RunResult> results, String label, BenchCase benchCase, int threads) {
        return results.stream()
                .filter(r -> r.spec().system().label().equals(label) && r.spec().benchCase() == benchCase
                        && r.spec().load().threads() == threads && r.spec().load().mode() == LoadMode.CLOSED_LOOP
                        && r.hasLatency())
                .findFirst();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
