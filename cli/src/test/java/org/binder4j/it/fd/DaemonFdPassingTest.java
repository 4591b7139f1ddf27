package org.binder4j.it.fd;

import org.binder4j.it.BinderWorld;
import org.binder4j.it.DaemonWorld;

/** File descriptors between real JVMs through the daemon. */
class DaemonFdPassingTest extends AbstractFdPassingTest {
    @Override
    BinderWorld createWorld() throws Exception {
        return new DaemonWorld();
    }

    @Override
    void startFdPeer(BinderWorld world, String name) throws Exception {
        ((DaemonWorld) world).startPeer(FdServerMain.class, name);
    }
}
