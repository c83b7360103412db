def log = new File(basedir, 'build.log').text

assert log.contains('netmove: skipped')
assert !log.contains('UNDEFINED')
assert !new File(basedir, 'target/netmove').exists() : 'a skipped run writes nothing'
true
