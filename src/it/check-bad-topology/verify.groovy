def log = new File(basedir, 'build.log').text

assert log.contains('netmove: topologies could not be loaded:')
// every problem of the file, each with file:line:column and the key's path
assert log.contains('src/test/features/racks.yaml: 2 problems')
assert log =~ /src\/test\/features\/racks\.yaml:8:\d+: links\[0\]\.speed: "10" has no unit/
assert log =~ /src\/test\/features\/racks\.yaml:9:\d+: links\[1\]\.sped: unknown key/
// a file that does not exist is named with the feature step that wants it
assert log.contains('src/test/features/move.feature:7: the topology file "rack2.yaml" does not exist')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') : 'a topology error must not print a stack trace'
assert new File(basedir, 'target/netmove/drift.txt').text.contains('could not be loaded')
true
