def log = new File(basedir, 'build.log').text

assert log.contains('UNDEFINED the firewall reboots during the move (firewall.feature:3)')
assert log.contains('netmove: 1 scenario, 0 passed, 0 failed, 1 undefined; reports in target/netmove')
assert log.contains('netmove: 1 of 1 scenario did not pass:')
assert log.contains('src/test/features/firewall.feature:3  the firewall reboots during the move')
// each undefined step at its own line, with the phrase it was meant to be, and no Java snippet
assert log.contains("step 'When the firewall \"fw1\" reboots twice' (src/test/features/firewall.feature:4) matches no"
        + " step definition; none of netmove's phrases is close to it")
assert log.contains("step 'And VM \"web01\" migrate to host \"esx-b3\"' (src/test/features/firewall.feature:5) matches no"
        + " step definition")
assert log.contains('did you mean: When VM {string} migrates to host {string}')
assert log.contains('a phrase of your own needs a step definition in your project\'s test sources')
assert !log.contains('@When(')
assert !log.contains('public void')
assert !log.contains('PendingException')
assert !log.contains('\tat ') : 'a user error must not print a stack trace'

// reports are written before the build fails
assert new File(basedir, 'target/netmove/cucumber.html').text.contains('the firewall reboots during the move')
assert new File(basedir, 'target/netmove/cucumber.json').isFile()
assert new File(basedir, 'target/netmove/cucumber.xml').text.contains('the firewall reboots during the move')
true
