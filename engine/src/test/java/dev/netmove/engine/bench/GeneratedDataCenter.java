package dev.netmove.engine.bench;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;

/**
 * The data centers the benchmarks measure, generated and loaded once per JVM (each JMH fork): the
 * large one of about 1,000 switches, 10,000 hosts and 100,000 VMs, and the maintenance one of 32
 * hosts with 500 VMs each.
 */
final class GeneratedDataCenter {

    static final DataCenterSpec SPEC = DataCenterSpec.ofSwitches(1_000, 10_000, 100_000);

    /** 2 pods of 2 access switches with 8 hosts each (two clusters of 16), 500 VMs per host. */
    static final DataCenterSpec MAINTENANCE_SPEC = new DataCenterSpec(2, 2, 8, 500);

    private GeneratedDataCenter() {
    }

    private static final class Large {
        static final String YAML = DataCenterGenerator.toYaml(SPEC);
        static final Topology TOPOLOGY = new TopologyLoader().load("generated.yaml", YAML);
    }

    private static final class Maintenance {
        static final Topology TOPOLOGY = new TopologyLoader().load("evacuation.yaml",
                DataCenterGenerator.toYaml(MAINTENANCE_SPEC));
    }

    /** The large data center's topology file. */
    static String yaml() {
        return Large.YAML;
    }

    /** The large data center, loaded. */
    static Topology topology() {
        return Large.TOPOLOGY;
    }

    /** The maintenance data center, loaded. */
    static Topology maintenance() {
        return Maintenance.TOPOLOGY;
    }
}
