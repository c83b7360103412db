def log = new File(basedir, 'build.log').text

assert log.contains('netmove: no scenarios ran. Looked for .feature files in src/test/features (the folder does not exist).')
assert log.contains('-Dnetmove.failIfNoScenarios=false')
assert !log.contains('\tat ') : 'a user error must not print a stack trace'
true
