package org.binder4j.sys;

/**
 * Result of {@link UnixSocket#receive}: the number of bytes received (0 at orderly shutdown) and the
 * file descriptors that came with them through SCM_RIGHTS, now owned by the caller.
 */
public record Received(int sizeBytes, int[] fds) {}
