package org.binder4j.sys;

/** A peer's identity as the kernel reports it ({@code struct ucred}). */
public record Credentials(int pid, int uid, int gid) {}
