package dev.netmove.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.UnknownNameException;
import dev.netmove.engine.topology.load.TopologyLoader;
import org.junit.jupiter.api.Test;

class EvacuationPlannerTest {

    /** One cluster of four hosts (esx-d has no db port group) and a host of another cluster. */
    private static Topology cluster(String memoryOfC) {
        return new TopologyLoader().load("cluster.yaml", """
                topology: cluster
                devices:
                  tor1: { role: access, vlans: "110,120,900" }
                  esx-a: { role: host, cluster: prod, memory: 256GiB, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
                  esx-b: { role: host, cluster: prod, memory: 256GiB, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.2/24 } }
                  esx-c: { role: host, cluster: prod, memory: %s, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.3/24 } }
                  esx-d: { role: host, cluster: prod, memory: 256GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.4/24 } }
                  esx-x: { role: host, cluster: test, memory: 1TiB, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.9/24 } }
                links:
                  - { between: [esx-a:vmnic0, tor1:Eth1/1], speed: 10Gbps }
                  - { between: [esx-b:vmnic0, tor1:Eth1/2], speed: 10Gbps }
                  - { between: [esx-c:vmnic0, tor1:Eth1/3], speed: 10Gbps }
                  - { between: [esx-d:vmnic0, tor1:Eth1/4], speed: 10Gbps }
                  - { between: [esx-x:vmnic0, tor1:Eth1/9], speed: 10Gbps }
                vms:
                  web1: { host: esx-a, portGroup: web, memory: 64GiB }
                  db1: { host: esx-a, portGroup: db, memory: 128GiB }
                  web2: { host: esx-a, portGroup: web, memory: 16GiB }
                  web3: { host: esx-b, portGroup: web, memory: 32GiB }
                  web4: { host: esx-c, portGroup: web, memory: 16GiB }
                """.formatted(memoryOfC));
    }

    @Test
    void maintenance_sends_each_vm_to_the_host_of_its_cluster_with_its_port_group_and_the_most_free_memory() {
        MigrationPlan plan = new EvacuationPlanner(cluster("256GiB")).maintenance("esx-a");

        // free before: esx-b 224GiB, esx-c 240GiB, esx-d 256GiB (no db port group); esx-x is another cluster
        assertThat(plan.purpose()).isEqualTo("host esx-a enters maintenance mode");
        assertThat(plan.moves()).extracting(MigrationRequest::toString)
                .containsExactly("web1 -> esx-d", "db1 -> esx-c", "web2 -> esx-b");
        assertThat(plan.complete()).isTrue();
    }

    @Test
    void ties_in_free_memory_go_to_the_name_that_sorts_first() {
        MigrationPlan plan = new EvacuationPlanner(cluster("272GiB")).maintenance("esx-b");

        // esx-c: 272 - 16 = 256GiB free, like esx-d: esx-c sorts first
        assertThat(plan.moves()).extracting(MigrationRequest::toString).containsExactly("web3 -> esx-c");
    }

    @Test
    void a_vm_no_host_can_take_is_named_with_the_reason_of_each_host() {
        MigrationPlan tight = new EvacuationPlanner(new TopologyLoader().load("tight.yaml", """
                topology: tight
                devices:
                  tor1: { role: access, vlans: "110,120,900" }
                  esx-a: { role: host, cluster: prod, memory: 256GiB, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
                  esx-b: { role: host, cluster: prod, memory: 100GiB, portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.2/24 } }
                  esx-d: { role: host, cluster: prod, memory: 256GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.4/24 } }
                links:
                  - { between: [esx-a:vmnic0, tor1:Eth1/1], speed: 10Gbps }
                  - { between: [esx-b:vmnic0, tor1:Eth1/2], speed: 10Gbps }
                  - { between: [esx-d:vmnic0, tor1:Eth1/4], speed: 10Gbps }
                vms:
                  db1: { host: esx-a, portGroup: db, memory: 128GiB }
                  web1: { host: esx-a, portGroup: web, memory: 8GiB }
                """)).maintenance("esx-a");

        // db1 (128GiB) fits nowhere: esx-b is too small, esx-d lacks its port group; web1 still moves
        assertThat(tight.complete()).isFalse();
        assertThat(tight.moves()).extracting(MigrationRequest::toString).containsExactly("web1 -> esx-d");
        assertThat(tight.unplaced()).singleElement().hasToString(
                "VM db1 (128GiB) on esx-a: esx-b has 100GiB free of 100GiB, not 128GiB; esx-d has no port group \"db\"");
    }

    @Test
    void a_host_alone_in_its_cluster_cannot_be_emptied() {
        MigrationPlan plan = new EvacuationPlanner(new TopologyLoader().load("alone.yaml", """
                topology: alone
                devices:
                  tor1: { role: access, vlans: "110,900" }
                  esx-a: { role: host, cluster: lab, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
                links:
                  - { between: [esx-a:vmnic0, tor1:Eth1/1], speed: 10Gbps }
                vms:
                  web1: { host: esx-a, portGroup: web, memory: 8GiB }
                """)).maintenance("esx-a");

        assertThat(plan.unplaced()).singleElement()
                .hasToString("VM web1 (8GiB) on esx-a: cluster lab has no other host that is up");
    }

    @Test
    void consolidation_empties_the_hosts_with_the_least_memory_in_use_onto_the_others() {
        MigrationPlan plan = new EvacuationPlanner(cluster("256GiB")).consolidation("prod", 2);

        // in use: esx-a 208GiB, esx-b 32GiB, esx-c 16GiB, esx-d 0: esx-d and esx-c are emptied onto esx-b and esx-a
        assertThat(plan.purpose()).isEqualTo("cluster prod is consolidated onto 2 hosts");
        assertThat(plan.moves()).extracting(MigrationRequest::toString).containsExactly("web4 -> esx-b");
    }

    @Test
    void consolidation_needs_a_known_cluster_and_fewer_hosts_than_it_has() {
        EvacuationPlanner planner = new EvacuationPlanner(cluster("256GiB"));

        assertThatThrownBy(() -> planner.consolidation("prd", 2)).isInstanceOf(UnknownNameException.class)
                .hasMessage("no cluster named \"prd\" in topology cluster (did you mean \"prod\"?)");
        assertThatThrownBy(() -> planner.consolidation("prod", 4)).hasMessage("cluster prod has 4 hosts that are up "
                + "(esx-a, esx-b, esx-c, esx-d); consolidating it onto 4 empties none: name fewer than 4");
        assertThatThrownBy(() -> planner.consolidation("prod", 0))
                .hasMessage("a cluster cannot be consolidated onto 0 hosts: keep at least one");
    }

    @Test
    void hosts_that_are_down_take_nothing() {
        MigrationPlan plan = new EvacuationPlanner(cluster("256GiB").withDeviceDown("esx-d")).maintenance("esx-a");

        assertThat(plan.moves()).extracting(MigrationRequest::toString)
                .containsExactly("web1 -> esx-c", "db1 -> esx-b", "web2 -> esx-c");
    }
}
