package org.binder4j.driver;

/** A file for the state machine's tests: no descriptor behind it, only a count of its closes. */
final class FakeFile implements BinderFile {
    private final String name;
    private int closes;

    FakeFile(String name) {
        this.name = name;
    }

    int closes() {
        return closes;
    }

    @Override
    public void close() {
        closes++;
    }

    @Override
    public String toString() {
        return "file " + name;
    }
}
