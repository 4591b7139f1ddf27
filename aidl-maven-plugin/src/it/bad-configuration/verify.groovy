def log = new File(basedir, 'build.log').text
assert log.contains("Invalid AIDL plugin configuration: Unrecognized stability level: 'system'. Must be vintf.")
assert !new File(basedir, 'target/generated-sources/aidl').exists() : 'nothing is generated'
return true
