package org.binder4j.it;

/** The call suite over the in-process transport. */
class InProcessCallBehaviourTest extends AbstractCallBehaviourTest {
    @Override
    BinderWorld createWorld() {
        return new InProcessWorld();
    }
}
