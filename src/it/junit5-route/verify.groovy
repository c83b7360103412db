def log = new File(basedir, 'build.log').text

assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
// no plugin registered by hand: netmove's report and results come from the resource the suite names
assert !new File(basedir, 'src/test/java/com/example/network/NetworkScenariosTest.java').text.contains('cucumber.plugin')
assert new File(basedir, 'target/netmove/cucumber.html').text.contains('web01 moves to esx2 and keeps VLAN 110')
assert new File(basedir, 'target/netmove/index.html').text.contains('web01 moves to esx2 and keeps VLAN 110')
def results = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/netmove/results.json'))
assert results.format == 'netmove-results 1'
assert results.summary.scenarios == 2 && results.summary.passed == 2
// no FeatureRunner waits for the summary on this route: the report plugin writes it, headline facts only
def summary = new File(basedir, 'target/netmove/summary.txt').text
assert summary.startsWith('worst link peak: ') && summary.contains('longest migration: ')
assert results.scenarios.any { it.name == 'web01 moves to esx2 and keeps VLAN 110' && it.location.startsWith('src/test/features/move.feature:') }
true
