package org.binder4j.bench.report;

/** Something that could not be measured, and why (with the failing process's last output lines). */
public record Failure(String what, String reason) {}
