def log = new File(basedir, 'build.log').text

assert log.contains('netmove: <features> (netmove.features) names a path that does not exist: src/test/scenarios.')
assert !log.contains('no scenarios ran') : 'a wrong path is a configuration error, not an empty suite'
assert !log.contains('\tat ') : 'a user error must not print a stack trace'
true
