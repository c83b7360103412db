def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
// the step library as a test dependency (for the IDE) changes nothing for the plugin: each step once, no duplicate
assert log.contains('PASSED    web01 moves to esx2 and keeps VLAN 110 (move.feature:3)')
assert log.contains('netmove: 1 scenario, 1 passed, 0 failed; reports in target/netmove')
assert !log.toLowerCase().contains('duplicate')
assert log.contains('netmove: topology schema -> ')
assert log.contains('netmove: step glossary -> ')

def schema = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/netmove/topology-v1.schema.json'))
assert schema['$schema'] == 'http://json-schema.org/draft-07/schema#'
assert schema.properties.devices.markdownDescription.contains('keyed by name')
assert schema.properties.devices.defaultSnippets*.label == ['switch', 'host']

def steps = new File(basedir, 'target/netmove/steps.md').text
assert steps.startsWith('# The steps')
assert steps.contains('| `VM {string} migrates to host {string}` | `{string}`, `{string}` | `When VM "web01" migrates to host "esx-b1"` |')

def ide = new File(basedir, 'target/netmove/ide/NetmoveSteps.java').text
assert ide.contains('@When("VM {string} migrates to host {string}")')
true
