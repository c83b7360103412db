def log = new File(basedir, 'build.log').text
// the committed import was written before VLAN 120 was pruned from agg2's trunk to acc2: the first line that
// differs is agg2.cfg's hash, and the build names it with both values
assert log.contains('netmove: src/test/features/pod.imported.yaml has drifted from its sources: line 6 is '
        + '"# source src/test/features/sources/configs/agg2.cfg sha256:'
        + '515c4ab5bab773732041ddace509d4776a2b7cf443fcbbc897926b57dc4a810b" there but '
        + '"# source src/test/features/sources/configs/agg2.cfg sha256:')
assert log.contains('" in target/netmove/pod.imported.yaml; copy target/netmove/pod.imported.yaml over it if the sources are right')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat ') // no stack trace
// the fresh import and its report are written before the build fails
def fresh = new File(basedir, 'target/netmove/pod.imported.yaml').text
assert fresh.contains('      - port: agg2:Eth1/21\n        mode: trunk\n        vlans: 110,900\n')
assert new File(basedir, 'src/test/features/pod.imported.yaml').text.contains('      - port: agg2:Eth1/21\n        mode: trunk\n        vlans: 110,120,900\n')
assert new File(basedir, 'target/netmove/import-report.txt').exists()
true
