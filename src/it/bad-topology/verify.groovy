def log = new File(basedir, 'build.log').text

assert log.contains('FAILED    the file is checked before anything moves (move.feature:3)')
// every problem of the file at once, each with file:line:column and the key's path
assert log =~ /src\/test\/features\/racks\.yaml:9:\d+: links\[0\]\.speed: "40" has no unit/
assert log.contains('src/test/features/racks.yaml: 2 problems')
assert log =~ /src\/test\/features\/racks\.yaml:10:\d+: links\[1\]\.sped: unknown key/
assert log.contains('did you mean "speed"?')
assert !log.contains('\tat ') : 'a topology error must not print a stack trace'
true
