def log = new File(basedir, 'build.log').text

assert log.contains('PASSED    an open ticket can be approved (change.feature:3)')
assert log.contains('own step ran: CHG-42 approved')
assert log.contains('netmove: 1 scenario, 1 passed, 0 failed; reports in target/netmove')
assert new File(basedir, 'target/netmove/cucumber.json').text.contains('an open ticket can be approved')
true
