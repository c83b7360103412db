def log = new File(basedir, 'build.log').text

// the check runs in validate, before any scenario
int report = log.indexOf('netmove drift report: 1 topology checked: no drift')
int scenario = log.indexOf('PASSED    web01 moves to esx2 (move.feature:2)')
assert report >= 0 : 'the drift report is printed'
assert scenario > report : 'the check runs before the scenarios'
assert log.contains('[INFO] == src/test/features/racks.yaml (used by src/test/features/move.feature:3) ==')
assert log.contains('[INFO] Topology racks (racks.yaml): no drift')
assert log.contains('[INFO]   switch ports: every host link carries every VLAN of the cluster')
assert log.contains('[INFO]   VLAN 110: 2 switches, every one needs it')
assert log.contains('netmove: 1 topology checked: no drift; report in target/netmove/drift.txt')
assert !log.contains('configuration drift')
assert log.contains('BUILD SUCCESS')

def written = new File(basedir, 'target/netmove/drift.txt').text
assert written.startsWith('netmove drift report: 1 topology checked: no drift\n')
assert written.contains('Cluster web: 2 hosts (esx1 and esx2); VLANs 110,900\n')
true
