package org.binder4j.it;

/** The threading suite over the daemon: every process a real JVM. */
class DaemonThreadBehaviourTest extends AbstractThreadBehaviourTest {
    @Override
    BinderWorld createWorld() throws Exception {
        return new DaemonWorld();
    }
}
