def log = new File(basedir, 'build.log').text
assert log.contains('netmove: imported src/test/features/pod.yaml -> target/netmove/pod.imported.yaml')
assert log.contains('BUILD SUCCESS')
// the report's warnings are on the console too: the two ends of agg2--acc1 give different speeds
assert log.contains('[WARNING] netmove: import: src/test/features/sources/lldp.csv:12: the two ends of ')
assert log.contains(' give the speeds 10Gbps and 25Gbps; the lower, 10Gbps, is kept')

def written = new File(basedir, 'target/netmove/pod.imported.yaml')
def lines = written.readLines()
assert lines[0] == '# yaml-language-server: $schema=topology-v1.schema.json'
assert lines[1].startsWith('# written by netmove:import')
def hashes = lines.findAll { it.startsWith('# source ') }
assert hashes.size() == 6 // five configs and the LLDP table
assert hashes.every { it ==~ /# source src\/test\/features\/sources\/\S+ sha256:[0-9a-f]{64}/ }
def agg2 = new File(basedir, 'src/test/features/sources/configs/agg2.cfg').bytes
def sha = java.security.MessageDigest.getInstance('SHA-256').digest(agg2).encodeHex().toString()
assert hashes.contains('# source src/test/features/sources/configs/agg2.cfg sha256:' + sha)
def text = written.text
assert !text.contains('import:') && !text.contains('importRules:') && !text.contains('ports:')
assert text.contains('topology: pod-configs')
assert text.contains('  - name: acc2:Ethernet49/1--agg2:Eth1/21')
assert text.contains('      - port: agg2:Eth1/21\n        mode: trunk\n        vlans: 110,900\n')
assert text.contains('    vpc:\n      peer: agg2\n')

def report = new File(basedir, 'target/netmove/import-report.txt').text
assert report.startsWith('netmove import report: src/test/features/pod.yaml')
assert report.contains('configs src/test/features/sources/configs: 5 devices')
assert report.contains('lldp src/test/features/sources/lldp.csv: ')
assert report.contains('configuration lines left unread (by command)')
assert report.contains('feature vpc: 2 lines on 2 devices')
true
