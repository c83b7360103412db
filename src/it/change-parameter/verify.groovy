def log = new File(basedir, 'build.log').text
def netmove = log.readLines().findAll { it.contains('netmove: ') }

assert netmove[0].contains("netmove: change CR-1234 prune VLAN 110 from the core's trunk to pod B (changes/cr-1234.yaml) for topology two-pods-hsrp")
assert !log.contains('so it changed nothing') : 'the suite loads two-pods-hsrp: the change applied'
assert log.contains('FAILED    web01 moves to pod B (moves.feature:3)')
assert log.contains("1 scenario, 0 passed, 1 failed with change CR-1234 prune VLAN 110 from the core's trunk to pod B")
assert log.contains('VLAN 110 of VM web01 does not reach esx-b1')
assert !log.contains('\tat ') : 'a failed expectation must not print a stack trace'
assert new File(basedir, 'target/netmove/index.html').text.contains("change CR-1234 prune VLAN 110")
true
