def log = new File(basedir, 'build.log').text

assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/netmove/cucumber.html').text.contains('web01 moves to esx2 and keeps VLAN 110')
assert new File(basedir, 'target/netmove/index.html').text.contains('web01 moves to esx2 and keeps VLAN 110')
true
