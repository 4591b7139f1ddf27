package org.binder4j.driver.inprocess;

import org.binder4j.driver.DriverConfig;
import org.binder4j.driver.host.DriverHost;
import org.binder4j.protocol.DriverSession;

/**
 * The in-process transport: binder processes that live in this JVM talk to a driver that lives in this
 * JVM too. For embedding (the daemon hosts its service manager this way) and for fast tests; the
 * cross-process transport is the daemon's. Identity is whatever the opener states, so this transport
 * is only as trustworthy as the code that embeds it.
 */
public final class InProcessDriver {
    private final DriverHost host;

    public InProcessDriver() {
        this(new DriverHost(DriverConfig.defaults()));
    }

    public InProcessDriver(DriverHost host) {
        this.host = host;
    }

    public DriverHost host() {
        return host;
    }

    /** Opens a process with the default receive area. */
    public DriverSession open(int pid, int uid, int gid, String name) {
        return open(pid, uid, gid, name, 0);
    }

    /** Opens a process; {@code receiveAreaSizeBytes} 0 means the driver's default. */
    public DriverSession open(int pid, int uid, int gid, String name, long receiveAreaSizeBytes) {
        return InProcessSession.open(host, pid, uid, gid, name, receiveAreaSizeBytes);
    }
}
