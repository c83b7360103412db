package dev.netmove.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import org.junit.jupiter.api.Test;

class DriftReportTest {

    /** prod-dc with esx-b1 lacking the web port group and its switch port pruning VLAN 120. */
    private static Topology drifted() {
        return new TopologyLoader().load("prod-dc.yaml", ProdDc.YAML
                .replace("esx-b1: { role: host, cluster: prod, portGroups: { web: 110, db: 120 },",
                        "esx-b1: { role: host, cluster: prod, portGroups: { db: 120 },")
                .replace("between: [esx-b1:vmnic0, acc-b1:Eth1/1]",
                        "between: [esx-b1:vmnic0, { port: acc-b1:Eth1/1, vlans: \"110,900\" }]")
                .replace("acc-a1: { role: access, vlans: \"110,120,300,900\" }",
                        "acc-a1: { role: access, vlans: \"110,120,300,900,999\" }"));
    }

    @Test
    void a_clean_topology_reports_no_drift_but_notes_the_sprawl() {
        DriftReport report = DriftReport.of(ProdDc.load());

        assertThat(report.hasDrift()).isFalse();
        assertThat(report.text()).isEqualTo("""
                Topology prod-dc (prod-dc.yaml): no drift; 1 VLAN is carried where no host port or SVI needs it
                Cluster prod: 3 hosts (esx-a1, esx-a2 and esx-b1); VLANs 110,120,900
                  port groups: the same on every host (db in VLAN 120, web in VLAN 110)
                  switch ports: every host link carries every VLAN of the cluster
                  layer 2: each VLAN of the cluster joins all its hosts that use it
                  note: host links carrying VLANs no host of the cluster uses:
                    - host esx-a1 port vmnic0 -> switch acc-a1 port Eth1/1: 300
                    - host esx-a2 port vmnic0 -> switch acc-a1 port Eth1/2: 300
                    - host esx-b1 port vmnic0 -> switch acc-b1 port Eth1/1: 300
                Cluster test: 1 host (esx-t1); VLANs 300,900
                  port groups: the same on every host (lab in VLAN 300)
                  switch ports: every host link carries every VLAN of the cluster
                  layer 2: each VLAN of the cluster joins all its hosts that use it
                  note: host links carrying VLANs no host of the cluster uses:
                    - host esx-t1 port vmnic0 -> switch acc-a1 port Eth1/3: 110,120
                VLAN spread (switches carrying each VLAN; not needed = no host port or SVI of it behind them):
                  VLAN 110: 5 switches, every one needs it
                  VLAN 120: 5 switches, every one needs it
                  VLAN 300: 5 switches, not needed on core1, agg-a, agg-b, acc-b1
                  VLAN 900: 5 switches, every one needs it
                """);
    }

    @Test
    void drift_in_a_cluster_is_counted_and_every_gap_named() {
        DriftReport report = DriftReport.of(drifted());

        assertThat(report.hasDrift()).isTrue();
        assertThat(report.driftCount()).isEqualTo(2);
        assertThat(report.clusters()).extracting(ClusterDrift::cluster).containsExactly("prod", "test");
        assertThat(report.unusedVlans()).hasToString("999");
        assertThat(report.text()).startsWith("""
                Topology prod-dc (prod-dc.yaml): 2 drifts; 3 VLANs are carried where no host port or SVI needs it
                Cluster prod: 3 hosts (esx-a1, esx-a2 and esx-b1); VLANs 110,120,900
                  port groups: 1 difference
                    - host esx-b1 has no port group "web" (in VLAN 110 on esx-a1 and esx-a2)
                  switch ports: 1 gap
                    - VLAN 120 (port group "db"): host esx-b1 port vmnic0 -> switch acc-b1 port Eth1/1: \
                the switch port does not allow it (allowed there: 110,900)
                  layer 2: each VLAN of the cluster joins all its hosts that use it
                  note: host links carrying VLANs no host of the cluster uses:
                    - host esx-a1 port vmnic0 -> switch acc-a1 port Eth1/1: 300,999
                """).endsWith("""
                  VLAN 110: 5 switches, not needed on core1, agg-a, agg-b, acc-b1
                  VLAN 120: 5 switches, not needed on agg-b, acc-b1
                  VLAN 300: 5 switches, not needed on core1, agg-a, agg-b, acc-b1
                  VLAN 900: 5 switches, every one needs it
                VLANs on switches that no host or SVI uses: 999
                """);
    }

    @Test
    void a_pruned_uplink_between_the_hosts_of_a_cluster_splits_its_vlan() {
        Topology topology = new TopologyLoader().load("prod-dc.yaml", ProdDc.YAML.replace(
                "between: [acc-b1:Eth1/49, agg-b:Eth1/1]", "between: [{ port: acc-b1:Eth1/49, vlans: \"110,900\" }, agg-b:Eth1/1]"));

        DriftReport report = DriftReport.of(topology);

        assertThat(report.driftCount()).isEqualTo(2);
        assertThat(report.text()).contains("""
                  switch ports: every host link carries every VLAN of the cluster
                  layer 2: 1 VLAN is split
                    - VLAN 120 (port group "db") is split between hosts esx-a1, esx-a2 | esx-b1: \
                """).contains("acc-b1:Eth1/49").contains("""
                Links whose two ends disagree: 1
                  - link "acc-b1-agg-b": VLANs 120,300 are allowed at agg-b:Eth1/1 but not at acc-b1:Eth1/49 \
                (allowed there: 110,900)
                VLAN spread""");
    }

    @Test
    void the_same_topology_gives_the_same_text() {
        assertThat(DriftReport.of(drifted()).text()).isEqualTo(DriftReport.of(drifted()).text());
    }

    @Test
    void a_topology_without_hosts_says_so() {
        Topology topology = new TopologyLoader().load("bare.yaml", """
                devices:
                  sw1: { role: access, vlans: "10,20" }
                  sw2: { role: access, vlans: "10" }
                links:
                  - { between: [sw1:Eth1, sw2:Eth1], speed: 10Gbps }
                """);

        assertThat(DriftReport.of(topology).text()).isEqualTo("""
                Topology bare (bare.yaml): no drift
                No hosts, so no clusters to compare.
                VLANs on switches that no host or SVI uses: 10,20
                """);
    }
}
