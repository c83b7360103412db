package dev.netmove.engine.migration;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small leaf-and-spine test network: esx1 and esx2 on leaf1, esx3 and esx4 on leaf2, both leaves on
 * spine1 (10Gbps uplinks unless told). The migration settings default to no setup, device state or
 * resume time, so that the numbers of a test are the pre-copy rounds alone.
 */
final class Racks {

    static final String BARE = "{ setupTime: 0s, deviceState: 0B, resumeTime: 0s }";

    private String hostSpeed = "10Gbps";
    private String esx1Link = "";
    private String uplink1 = "";
    private String uplink2 = "";
    private String spineRole = "aggregation";
    private String migration = BARE;
    private final List<String> vms = new ArrayList<>();

    Racks hostSpeed(String speed) {
        this.hostSpeed = speed;
        return this;
    }

    /** Extra keys for link esx1-leaf1, e.g. {@code load: 300Mbps}. */
    Racks esx1Link(String keys) {
        this.esx1Link = ", " + keys;
        return this;
    }

    /** Extra keys for link leaf1-spine1, e.g. {@code load: 6Gbps}. */
    Racks uplink1(String keys) {
        this.uplink1 = ", " + keys;
        return this;
    }

    /** Extra keys for link leaf2-spine1. */
    Racks uplink2(String keys) {
        this.uplink2 = ", " + keys;
        return this;
    }

    Racks spineRole(String role) {
        this.spineRole = role;
        return this;
    }

    Racks migration(String block) {
        this.migration = block;
        return this;
    }

    /** A VM on {@code host} with that memory and dirty rate (working set 90% of memory). */
    Racks vm(String name, String host, String memory, String dirtyRate) {
        vms.add("  " + name + ": { host: " + host + ", portGroup: web, memory: " + memory + ", dirtyRate: " + dirtyRate
                + " }");
        return this;
    }

    /** A VM line written in full, e.g. with {@code workingSet} or {@code inUse}. */
    Racks vmLine(String line) {
        vms.add("  " + line);
        return this;
    }

    String yaml() {
        return """
                topology: racks
                devices:
                  spine1: { role: %s, vlans: "110,900" }
                  leaf1: { role: access, vlans: "110,900" }
                  leaf2: { role: access, vlans: "110,900" }
                  esx1: { role: host, cluster: prod, memory: 512GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
                  esx2: { role: host, cluster: prod, memory: 512GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.2/24 } }
                  esx3: { role: host, cluster: prod, memory: 512GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.3/24 } }
                  esx4: { role: host, cluster: prod, memory: 512GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.4/24 } }
                links:
                  - { name: esx1-leaf1, between: [esx1:vmnic0, leaf1:Eth1/1], speed: %s%s }
                  - { name: esx2-leaf1, between: [esx2:vmnic0, leaf1:Eth1/2], speed: %s }
                  - { name: esx3-leaf2, between: [esx3:vmnic0, leaf2:Eth1/1], speed: %s }
                  - { name: esx4-leaf2, between: [esx4:vmnic0, leaf2:Eth1/2], speed: %s }
                  - { name: leaf1-spine1, between: [leaf1:Eth1/49, spine1:Eth1/1], speed: 10Gbps%s }
                  - { name: leaf2-spine1, between: [leaf2:Eth1/49, spine1:Eth1/2], speed: 10Gbps%s }
                vms:
                %s
                migration: %s
                """.formatted(spineRole, hostSpeed, esx1Link, hostSpeed, hostSpeed, hostSpeed, uplink1, uplink2,
                String.join("\n", vms), migration);
    }

    Topology topology() {
        return new TopologyLoader().load("racks.yaml", yaml());
    }

    MigrationSimulator simulator() {
        return new MigrationSimulator(new Layer2Analysis(topology()));
    }

    /** Runs the moves, each written {@code vm>host}, at once. */
    SimulationResult run(String... moves) {
        List<MigrationRequest> requests = new ArrayList<>();
        for (String move : moves) {
            String[] parts = move.split(">");
            requests.add(new MigrationRequest(parts[0], parts[1]));
        }
        return simulator().run(requests);
    }
}
