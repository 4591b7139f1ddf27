// No package: the class is in Java's default package.
interface IBare {
    void ping();
}
