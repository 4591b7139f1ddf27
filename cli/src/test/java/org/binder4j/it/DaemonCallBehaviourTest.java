package org.binder4j.it;

/** The call suite over the daemon: every process a real JVM. */
class DaemonCallBehaviourTest extends AbstractCallBehaviourTest {
    @Override
    BinderWorld createWorld() throws Exception {
        return new DaemonWorld();
    }
}
