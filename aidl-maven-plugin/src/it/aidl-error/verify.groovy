def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'src/main/aidl/com/example').canonicalPath
assert log.contains("[ERROR] ${dir}/IBroken.aidl:4:") : 'the unknown type is reported at line 4'
assert log.contains('Unknown') : 'the message names the unknown type'
assert log.contains("[ERROR] ${dir}/IAlsoBroken.aidl:4:") : 'the bad default of the other file is reported too'
assert log.contains('AIDL compilation failed: 2 error(s) in 2 of 3 file(s)') : 'the AIDL errors fail the build'
assert new File(basedir, 'target/generated-sources/aidl/com/example/IFine.java').isFile()
return true
