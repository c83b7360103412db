package dev.netmove.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationSimulator;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The case the SimGrid driver reads (engine/src/bench/simgrid/README.md): one migration on a two-host data center. */
class SimGridCaseTest {

    @Test
    void the_case_names_the_settings_the_hosts_every_link_direction_both_ways_and_each_vm_with_its_stream() {
        Topology generated = new TopologyLoader().load("small.yaml", DataCenterGenerator.toYaml(new DataCenterSpec(1, 1, 2, 1)));
        Topology topology = generated.withMigration(
                SimGridComparison.withMaxDowntime(generated.migration(), SimGridComparison.SIMGRID_MAX_DOWNTIME));
        Layer2Analysis layer2 = new Layer2Analysis(topology);
        List<MigrationVerdict> verdicts = List.of(new MigrationPrecheck().check(layer2, "web-1", "esx-p1-2"));
        SimulationResult ours = new MigrationSimulator(layer2).simulate(verdicts, TimeSpan.ZERO);

        assertThat(SimGridCase.of("small", topology, verdicts, ours)).isEqualTo("""
                # netmove case small: 1 migrations
                setting efficiency 0.950000000
                setting setup 1
                setting resume 0.0200000000
                setting device 8388608
                setting maxdowntime 0.0300000000
                setting streamcap 2375000000
                host esx-p1-1 8
                host esx-p1-2 8
                link esx-p1-1:vmnic0--p1-acc1:Eth1/1>p1-acc1 1250000000
                link esx-p1-2:vmnic0--p1-acc1:Eth1/2>esx-p1-2 1250000000
                link esx-p1-2:vmnic0--p1-acc1:Eth1/2>p1-acc1 1250000000
                link esx-p1-1:vmnic0--p1-acc1:Eth1/1>esx-p1-1 1250000000
                vm web-1 esx-p1-1 esx-p1-2 1717986918 5000000 3865470566 \
                esx-p1-1:vmnic0--p1-acc1:Eth1/1>p1-acc1,esx-p1-2:vmnic0--p1-acc1:Eth1/2>esx-p1-2
                """);
    }
}
