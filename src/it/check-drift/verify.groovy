def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] Topology racks (racks.yaml): 1 drift')
assert log.contains('[INFO]     - VLAN 120 (port group "db"): host esx2 port vmnic0 -> switch tor2 port Eth1/1: '
        + 'the switch port does not allow it (allowed there: 110,900)')
assert log.contains('netmove: 1 topology checked: 1 with drift (1 drift); report in target/netmove/drift.txt')
assert log.contains('[WARNING] netmove: configuration drift (the build goes on; set -Dnetmove.failOnDrift=true to fail it):')
assert log.contains('  - src/test/features/racks.yaml: 1 drift')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/netmove/drift.txt').text.contains('switch port does not allow it')
true
