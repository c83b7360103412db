def log = new File(basedir, 'build.log').text

assert log.contains('FAILED    web01 moves after the backup (backup.feature:3)')
assert log.contains("the scenario ran out of time in step 'When the nightly backup window has passed (line 4)':"
        + " it was still running after 2s, the limit of one scenario, and was stopped.")
assert log.contains('-Dnetmove.scenarioTimeout=10min')
assert log.contains('netmove: 1 scenario, 0 passed, 1 failed; reports in target/netmove')
assert !log.contains('\tat ') : 'a stopped scenario must not print a stack trace'
assert new File(basedir, 'target/netmove/summary.txt').text.startsWith('1 scenario, 0 passed, 1 failed\n')
true
