package org.binder4j.bench;

/** One run: a system under test, and the load each of its client processes applies. */
public record RunSpec(SystemUnderTest system, LoadSpec load) {

    public BenchCase benchCase() {
        return load.benchCase();
    }

    /** Client processes, each running {@link #load()}. */
    public int clients() {
        return load.benchCase().clients();
    }

    /** {@code closed-loop}, {@code fixed-rate}, or {@code idle} for the idle case, where nothing is paced. */
    public String modeLabel() {
        return benchCase() == BenchCase.IDLE ? "idle" : load.mode().id();
    }

    /** A short name for progress lines and file names, e.g. {@code binder4j small t2 closed-loop}. */
    public String title() {
        return system.label() + " " + benchCase().id() + " t" + load.threads() + " " + modeLabel();
    }
}
