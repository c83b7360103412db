def log = new File(basedir, 'build.log').text

assert log.contains('netmove: check skipped')
assert !log.contains('could not be loaded')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/netmove').exists() : 'a skipped check writes nothing'
true
