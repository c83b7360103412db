package dev.netmove.engine.mobility;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.flow.FlowAnalysisException;
import dev.netmove.engine.flow.FlowAnalysis;
import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;
import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.migration.MigrationPrecheck;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SingleFailureSweepTest {

    private static List<Topology> generated() {
        return List.of(new DataCenterSpec(2, 2, 2, 1).withDualHomedHosts(false), new DataCenterSpec(2, 3, 1, 1),
                        new DataCenterSpec(3, 2, 1, 1).withDualHomedHosts(false).withVpcAggregation(true)
                                .withFhrpIsolation(false))
                .stream().map(s -> new TopologyLoaderShim().load(s)).toList();
    }

    /** Loads a generated data center. */
    static final class TopologyLoaderShim {
        Topology load(DataCenterSpec spec) {
            return new dev.netmove.engine.topology.load.TopologyLoader().load("dc.yaml", DataCenterGenerator.toYaml(spec));
        }
    }

    private static Function<Layer2Analysis, Optional<String>> canMigrate(String vm, String host) {
        return layer2 -> {
            MigrationVerdict v = new MigrationPrecheck().check(layer2, vm, host);
            return v.succeeds() ? Optional.empty() : Optional.of(String.join("; ", v.reasons()));
        };
    }

    private static Function<Layer2Analysis, Optional<String>> reachesGateway(String vm) {
        return layer2 -> {
            try {
                new FlowAnalysis(layer2).gatewayOf(vm);
                return Optional.empty();
            } catch (FlowAnalysisException e) {
                return Optional.of(e.getMessage());
            }
        };
    }

    private record Case(List<String> anchors, boolean migration, Function<Layer2Analysis, Optional<String>> question) {
        SingleFailureSweep sweep(Topology topology, boolean shortcut) {
            return migration ? SingleFailureSweep.ofMigration(topology, anchors, question, shortcut)
                    : SingleFailureSweep.ofGateway(topology, anchors.get(0), question, shortcut);
        }
    }

    @Test
    void the_shortcut_finds_exactly_the_failures_the_brute_force_sweep_finds() {
        int compared = 0;
        int brokenSeen = 0;
        for (Topology topology : generated()) {
            List<Vm> vms = List.copyOf(topology.vms().values());
            Vm first = vms.get(0);
            Vm last = vms.get(vms.size() - 1);
            Vm middle = vms.get(vms.size() / 2);
            List<Case> cases = List.of(
                    new Case(List.of(first.host(), last.host()), true, canMigrate(first.name(), last.host())),
                    new Case(List.of(middle.host(), first.host()), true, canMigrate(middle.name(), first.host())),
                    new Case(List.of(first.host()), false, reachesGateway(first.name())),
                    new Case(List.of(middle.host()), false, reachesGateway(middle.name())));
            for (Case c : cases) {
                SingleFailureSweep fast = c.sweep(topology, true);
                SingleFailureSweep brute = c.sweep(topology, false);
                assertThat(fast.links()).isEqualTo(brute.links());
                assertThat(fast.devices(c.anchors())).isEqualTo(brute.devices(c.anchors()));
                brokenSeen += brute.links().broken().size();
                compared++;
            }
        }
        assertThat(compared).isEqualTo(12);
        assertThat(brokenSeen).as("single-homed hosts are broken by their uplink's failure").isPositive();
    }

    @Test
    void a_single_homed_host_is_broken_by_its_only_uplink() {
        Topology topology = generated().get(0);
        Vm vm = topology.vms().values().iterator().next();
        String destination = topology.hosts().get(topology.hosts().size() - 1).name();
        SingleFailureSweep.Result result = SingleFailureSweep.ofMigration(topology, List.of(vm.host(), destination),
                canMigrate(vm.name(), destination), true).links();
        assertThat(result.tried()).isEqualTo(topology.links().size());
        assertThat(result.broken()).extracting(b -> b.failure().name())
                .anyMatch(name -> name.contains(vm.host() + ":vmnic0"));
    }
}
