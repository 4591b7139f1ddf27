package org.binder4j.it;

/** The behavioural suite over the in-process transport. */
class InProcessBinderBehaviourTest extends AbstractBinderBehaviourTest {
    @Override
    BinderWorld createWorld() {
        return new InProcessWorld();
    }

    @Override
    int expectedUid() {
        return 1000;
    }
}
