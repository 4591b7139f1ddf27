def classes = new File(basedir, 'target/classes/com/example')
assert new File(classes, 'IGreeter.class').isFile()
assert new File(classes, 'IGreeter$Stub.class').isFile()
assert new File(classes, 'Greeting.class').isFile()
assert new File(classes, 'Greeter.class').isFile()
assert new File(basedir, 'target/test-classes/com/example/probe/IProbe.class').isFile()
assert new File(basedir, 'target/test-classes/com/example/probe/Probe.class').isFile()
// The test tree's code goes to the test sources only.
assert !new File(basedir, 'target/generated-sources/aidl/com/example/probe/IProbe.java').exists()
assert !new File(basedir, 'target/generated-test-sources/aidl/com/example/Greeting.java').exists()
return true
