def log = new File(basedir, 'build.log').text

assert log.contains('PASSED    web01 moves to esx2 and keeps VLAN 110 (move.feature:3)')
assert log.contains('netmove: 1 scenario, 1 passed, 0 failed; reports in target/netmove')
// web01 moved, but racks.yaml has no gateway for it: nothing can trombone
assert log.contains('netmove: trombones: none')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/netmove/cucumber.html').isFile()
assert new File(basedir, 'target/netmove/cucumber.json').text.contains('web01 moves to esx2 and keeps VLAN 110')
assert new File(basedir, 'target/netmove/cucumber.xml').isFile()
true
