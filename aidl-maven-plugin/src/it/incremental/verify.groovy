def log = new File(basedir, 'build.log').text
assert log.count('Compiled 1 AIDL file(s)') == 1 : 'the first run compiles the file'
assert log.count('Nothing to compile - all AIDL files are up to date') == 1 : 'the second run compiles nothing'
assert log.indexOf('Compiled 1 AIDL file(s)') < log.indexOf('Nothing to compile')
assert new File(basedir, 'target/generated-sources/aidl/com/example/IEcho.java').isFile()
return true
