// A neighbour table far larger than a 128 MiB heap holds once imported (400,000 host cables, 16 MB), written
// here rather than committed
def features = new File(basedir, 'src/test/features')
features.mkdirs()
new File(features, 'dc.yaml').text = 'topology: big\nimport:\n  - lldp: lldp.csv\n'
new File(features, 'lldp.csv').withWriter('UTF-8') { w ->
    w.write('device,port,neighbor,neighbor_port,speed\n')
    for (int i = 0; i < 400000; i++) {
        w.write("leaf${i.intdiv(48)},Eth1/${i % 48 + 1},esx${i},vmnic${i % 4},10Gbps\n")
    }
}
true
