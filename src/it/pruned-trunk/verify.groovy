def log = new File(basedir, 'build.log').text

assert log.contains('FAILED    web01 moves to esx2 and keeps VLAN 110 (move.feature:3)')
assert log.contains('src/test/features/move.feature:3  web01 moves to esx2 and keeps VLAN 110')
assert log.contains('VLAN 110 is not carried all the way between host esx1 and host esx2.')
assert log.contains('link "tor2-agg1" drops VLAN 110 at agg1:Eth1/2 (allowed there: 900)')
assert log.contains('esx1 > tor1 > agg1 > tor2 > esx2')
assert !log.contains('\tat ') : 'a failed expectation must not print a stack trace'
assert new File(basedir, 'target/netmove/cucumber.json').isFile()
true
