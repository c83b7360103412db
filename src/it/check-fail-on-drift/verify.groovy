def log = new File(basedir, 'build.log').text

// the report is printed and written first, then the build fails naming the drifted topology
assert log.contains('[INFO]     - VLAN 120 (port group "db"): host esx2 port vmnic0 -> switch tor2 port Eth1/1: '
        + 'the switch port does not allow it (allowed there: 110,900)')
assert log.contains('netmove: configuration drift, and netmove.failOnDrift is set:')
assert log.contains('  - src/test/features/racks.yaml: 1 drift')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') : 'drift must not print a stack trace'
assert new File(basedir, 'target/netmove/drift.txt').text.contains('1 with drift (1 drift)')
true
