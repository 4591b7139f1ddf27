package org.binder4j.it;

/** The threading suite over the in-process transport. */
class InProcessThreadBehaviourTest extends AbstractThreadBehaviourTest {
    @Override
    BinderWorld createWorld() {
        return new InProcessWorld();
    }
}
