package org.binder4j.it.fd;

import org.binder4j.it.BinderWorld;
import org.binder4j.it.InProcessWorld;

/** File descriptors between binder processes of this JVM, over the in-process transport; one server thread. */
class InProcessFdPassingTest extends AbstractFdPassingTest {
    @Override
    BinderWorld createWorld() {
        return new InProcessWorld();
    }

    @Override
    void startFdPeer(BinderWorld world, String name) throws Exception {
        ((InProcessWorld) world).startPeer(name, new FdService(), 0);
    }
}
