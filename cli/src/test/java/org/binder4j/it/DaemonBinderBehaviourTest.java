package org.binder4j.it;

/** The behavioural suite over the daemon: every process a real JVM. */
class DaemonBinderBehaviourTest extends AbstractBinderBehaviourTest {
    @Override
    BinderWorld createWorld() throws Exception {
        return new DaemonWorld();
    }
}
