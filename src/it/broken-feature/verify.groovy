def log = new File(basedir, 'build.log').text

// the good feature still runs and reports
assert log.contains('PASSED    web01 moves to esx2 and keeps VLAN 110 (move.feature:3)')
assert log.contains('netmove: 1 scenario, 1 passed, 0 failed, 1 error outside scenarios; reports in target/netmove')
// the broken one fails the build at its file:line
assert log.contains('src/test/features/broken.feature:6  Feature file src/test/features/broken.feature')
assert log.contains('the feature file does not parse, so none of its scenarios ran: ')
assert !log.contains('\tat ') : 'a feature file that does not parse must not print a stack trace'
assert new File(basedir, 'target/netmove/cucumber.json').text.contains('web01 moves to esx2 and keeps VLAN 110')
assert new File(basedir, 'target/netmove/index.html').text.contains('web01 moves to esx2 and keeps VLAN 110')
assert new File(basedir, 'target/netmove/summary.txt').text
        .startsWith('1 scenario, 1 passed, 0 failed, 1 error outside scenarios\n')
true
