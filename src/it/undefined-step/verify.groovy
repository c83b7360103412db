def log = new File(basedir, 'build.log').text

assert log.contains('UNDEFINED the firewall reboots during the move (firewall.feature:3)')
assert log.contains('netmove: 1 scenario, 0 passed, 0 failed, 1 undefined; reports in target/netmove')
assert log.contains('netmove: 1 of 1 scenario did not pass:')
assert log.contains('src/test/features/firewall.feature:3  the firewall reboots during the move')
assert log.contains("The step 'the firewall {string} reboots twice' is undefined.") ||
       log.contains("The step 'the firewall \"fw1\" reboots twice' is undefined.")
assert log.contains('@When("the firewall {string} reboots twice")')
assert !log.contains('\tat ') : 'a user error must not print a stack trace'

// reports are written before the build fails
assert new File(basedir, 'target/netmove/cucumber.html').text.contains('the firewall reboots during the move')
assert new File(basedir, 'target/netmove/cucumber.json').isFile()
assert new File(basedir, 'target/netmove/cucumber.xml').text.contains('the firewall reboots during the move')
true
