package dev.netmove.engine.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationSimulatorTest {

    private static double seconds(TimeSpan time) {
        return time.toSecondsDouble();
    }

    private static double gbps(Bandwidth rate) {
        return rate.bitsPerSecond() / 1e9;
    }

    @Test
    void a_lone_migration_on_an_idle_path_runs_as_the_pre_copy_model_says_plus_the_path_latency() {
        Racks racks = new Racks().vm("web01", "esx1", "16GiB", "100MB/s");
        Topology topology = racks.topology();

        MigrationResult result = racks.run("web01>esx2").migrationOf("web01").orElseThrow();
        PreCopyModel.PreCopyRun model = new PreCopyModel(topology.migration())
                .run(topology.requireVm("web01"), Bandwidth.parse("9.5Gbps"));

        assertThat(result.rounds()).hasSameSizeAs(model.rounds());
        for (int i = 0; i < model.rounds().size(); i++) {
            assertThat(result.rounds().get(i).size().bytes())
                    .isCloseTo(model.rounds().get(i).size().bytes(), within(2L));
        }
        // the last byte crosses two links of 5us before the VM resumes
        assertThat(seconds(result.downtime().orElseThrow()) - seconds(model.downtime())).isCloseTo(10e-6, within(1e-8));
        assertThat(seconds(result.totalTime()) - seconds(model.totalTime())).isCloseTo(10e-6, within(1e-8));
        assertThat(result.sent().bytes()).isCloseTo(model.sent().bytes(), within(4L));
        assertThat(result.streams()).singleElement().satisfies(stream -> {
            assertThat(stream.path()).hasToString("esx1 > leaf1 > esx2");
            assertThat(stream.sourceNic()).isEqualTo("vmnic0");
        });
        assertThat(result.limitedBy()).hasValue(new Bottleneck.OnLink(direction(topology, "esx1-leaf1", "esx1"), 0));
    }

    @Test
    void over_an_idle_path_the_simulation_keeps_to_the_closed_form_within_half_a_percent() {
        // Liu et al. HPDC 2011 / Akoush et al. MASCOTS 2010 (calibration.md): V_total = M (1 - l^(n+1)) / (1 - l),
        // T_down = M l^n / B, with l = D / B; here B is the link speed at 100% stream efficiency
        java.util.Random random = new java.util.Random(2010);
        int checked = 0;
        while (checked < 40) {
            long memoryMiB = 512 + random.nextInt(32 * 1024);
            long linkMbps = 500 + random.nextInt(20_000);
            double lambda = 0.05 + 0.8 * random.nextDouble();
            double b = linkMbps * 1e6 / 8;
            double m = memoryMiB * (double) (1 << 20);
            double td = 0.3;
            long dirtyBps = Math.round(lambda * linkMbps * 1e6);
            lambda = dirtyBps / (linkMbps * 1e6);
            if (m <= b * td) {
                continue;
            }
            int n = 0;
            while (m * Math.pow(lambda, n) > b * td) {
                n++;
            }
            if (Math.abs(m * Math.pow(lambda, n) / (b * td) - 1) < 1e-6) {
                continue;
            }
            double total = m * (1 - Math.pow(lambda, n + 1)) / (1 - lambda);
            double down = m * Math.pow(lambda, n) / b;
            Racks racks = new Racks().hostSpeed(linkMbps + "Mbps")
                    .migration("{ profile: kvm, maxDowntime: 300ms, setupTime: 0s, deviceState: 0B, resumeTime: 0s, "
                            + "streamEfficiency: 100%, streamCap: none }")
                    .vmLine("vm1: { host: esx1, portGroup: web, memory: " + memoryMiB + "MiB, dirtyRate: " + dirtyBps
                            + "bps, workingSet: " + memoryMiB + "MiB }");

            MigrationResult result = racks.run("vm1>esx2").migrationOf("vm1").orElseThrow();

            String set = "M=" + memoryMiB + "MiB B=" + linkMbps + "Mbps lambda=" + lambda;
            assertThat(result.rounds()).as(set).hasSize(n);
            assertThat((double) result.sent().bytes()).as(set).isCloseTo(total, within(total * 0.005));
            assertThat(seconds(result.totalTime())).as(set).isCloseTo(total / b, within(total / b * 0.005));
            assertThat(seconds(result.downtime().orElseThrow())).as(set).isCloseTo(down, within(down * 0.005));
            checked++;
        }
    }

    @Test
    void two_identical_migrations_on_one_bottleneck_take_about_twice_as_long() {
        // DESIGN.md: each migration is a stream whose rate is its max-min fair share of the path; two equal
        // streams on one 10Gbps uplink get 5Gbps each (a fluid TCP model; Clark et al. 2005 ran one at a time)
        Racks racks = new Racks().vm("a", "esx1", "16GiB", "50MB/s").vm("b", "esx2", "16GiB", "50MB/s");

        MigrationResult alone = racks.run("a>esx3").migrationOf("a").orElseThrow();
        SimulationResult both = racks.run("a>esx3", "b>esx4");

        MigrationResult a = both.migrationOf("a").orElseThrow();
        MigrationResult b = both.migrationOf("b").orElseThrow();
        assertThat(gbps(a.rounds().get(0).goodput())).isCloseTo(4.75, within(1e-6));
        assertThat(seconds(a.totalTime()) / seconds(alone.totalTime())).isBetween(1.95, 2.10);
        assertThat(a.totalTime()).isEqualTo(b.totalTime());
        assertThat(a.limitedBy()).hasValue(new Bottleneck.OnLink(direction(racks.topology(), "leaf1-spine1", "leaf1"), 1));
    }

    @Test
    void migrations_on_disjoint_paths_do_not_interact() {
        Racks racks = new Racks().vm("a", "esx1", "16GiB", "50MB/s").vm("b", "esx3", "8GiB", "50MB/s");

        MigrationResult aAlone = racks.run("a>esx2").migrationOf("a").orElseThrow();
        MigrationResult bAlone = racks.run("b>esx4").migrationOf("b").orElseThrow();
        SimulationResult both = racks.run("a>esx2", "b>esx4");

        assertThat(both.migrationOf("a").orElseThrow().totalTime()).isEqualTo(aAlone.totalTime());
        assertThat(both.migrationOf("b").orElseThrow().totalTime()).isEqualTo(bAlone.totalTime());
    }

    @Test
    void background_load_leaves_the_migration_what_is_free_and_the_link_peaks_at_full_speed() {
        // STEPS.md "utilization": a stream takes its fair share of what background traffic leaves free
        SimulationResult run = new Racks().uplink1("load: { forward: 6Gbps, reverse: 1Gbps }")
                .vm("a", "esx1", "16GiB", "0MB/s").run("a>esx3");

        MigrationResult a = run.migrationOf("a").orElseThrow();
        assertThat(gbps(a.rounds().get(0).goodput())).isCloseTo(3.8, within(1e-6));
        LinkUsage up = run.usageOf("leaf1-spine1").get(0);
        assertThat(up.direction().from()).isEqualTo("leaf1");
        assertThat(up.peak().utilization()).isEqualTo(Percent.HUNDRED);
        assertThat(up.peak().describe()).isEqualTo("100% from leaf1 to spine1 at 0s-36.2s: 6Gbps background + 4Gbps "
                + "migration traffic (VM a) on 10Gbps");
        assertThat(a.limitedBy()).hasValue(new Bottleneck.OnLink(up.direction(), 0));
    }

    @Test
    void a_vmotion_qos_cap_holds_migration_traffic_under_its_share_and_the_move_takes_longer() {
        Racks open = new Racks().uplink1("load: 6Gbps").vm("a", "esx1", "16GiB", "0MB/s");
        Racks capped = new Racks().uplink1("load: 6Gbps, qos: { vmotion: 20% }").vm("a", "esx1", "16GiB", "0MB/s");

        SimulationResult fast = open.run("a>esx3");
        SimulationResult slow = capped.run("a>esx3");

        assertThat(slow.usageOf("leaf1-spine1").get(0).peak().utilization()).isEqualTo(Percent.ofWhole(80));
        assertThat(gbps(slow.migrationOf("a").orElseThrow().rounds().get(0).goodput())).isCloseTo(1.9, within(1e-6));
        assertThat(seconds(slow.migrationOf("a").orElseThrow().totalTime()))
                .isCloseTo(2 * seconds(fast.migrationOf("a").orElseThrow().totalTime()), within(1e-3));
    }

    @Test
    void a_qos_cap_is_shared_by_every_vmotion_stream_on_the_link_direction() {
        SimulationResult run = new Racks().uplink1("qos: { vmotion: 20% }")
                .vm("a", "esx1", "16GiB", "0MB/s").vm("b", "esx2", "16GiB", "0MB/s").run("a>esx3", "b>esx4");

        assertThat(gbps(run.migrationOf("a").orElseThrow().rounds().get(0).goodput())).isCloseTo(0.95, within(1e-6));
        assertThat(run.usageOf("leaf1-spine1").get(0).peak().utilization()).isEqualTo(Percent.ofWhole(20));
    }

    @Test
    void one_stream_never_goes_above_the_stream_cap() {
        // TOPOLOGY.md: each stream is capped by streamCap; the vsphere default is 19Gbps since issue 15 (Broadcom
        // KB 323379: one vMotion vmknic measured 18 Gbit/s on 40GbE = 19Gbps at 95% efficiency)
        SimulationResult run = new Racks().hostSpeed("40Gbps").vm("a", "esx1", "16GiB", "0MB/s").run("a>esx2");

        MigrationResult a = run.migrationOf("a").orElseThrow();
        assertThat(gbps(a.rounds().get(0).goodput())).isCloseTo(18.05, within(1e-6));
        assertThat(a.limitedBy()).hasValue(new Bottleneck.StreamCap(Bandwidth.parse("19Gbps")));
    }

    @Test
    void a_host_runs_at_most_its_limit_and_queued_migrations_start_in_table_order_when_their_hosts_are_free() {
        // calibration.md: hosts limit concurrent migrations; here one at a time (the kvm and xen profiles' 1)
        SimulationResult run = new Racks().migration("{ setupTime: 0s, deviceState: 0B, resumeTime: 0s, concurrentPerHost: 1 }")
                .vm("a", "esx1", "8GiB", "0MB/s").vm("b", "esx1", "8GiB", "0MB/s").vm("c", "esx2", "8GiB", "0MB/s")
                .run("a>esx3", "b>esx4", "c>esx3");

        MigrationResult a = run.migrationOf("a").orElseThrow();
        MigrationResult b = run.migrationOf("b").orElseThrow();
        MigrationResult c = run.migrationOf("c").orElseThrow();
        assertThat(a.startedAt()).isEqualTo(TimeSpan.ZERO);
        // b waits for esx1, c for esx3: both leave the queue the moment a ends, and then share the uplink
        assertThat(b.startedAt()).isEqualTo(a.endedAt());
        assertThat(c.startedAt()).isEqualTo(a.endedAt());
        assertThat(b.waited()).isEqualTo(a.totalTime());
        assertThat(b.completesAfter()).isEqualTo(b.endedAt());
        assertThat(seconds(b.totalTime())).isCloseTo(2 * seconds(a.totalTime()), within(1e-3));
    }

    @Test
    void the_automatic_limit_is_four_migrations_per_host_on_1gbe_and_eight_on_10gbe() {
        // calibration.md (vSphere): at most 4 vMotions at once on 1GbE, 8 on 10GbE or faster
        Racks slow = new Racks().hostSpeed("1Gbps");
        Racks fast = new Racks();
        String[] moves = new String[9];
        for (int i = 0; i < 9; i++) {
            slow.vm("vm" + i, "esx1", "4GiB", "0MB/s");
            fast.vm("vm" + i, "esx1", "4GiB", "0MB/s");
            moves[i] = "vm" + i + ">esx2";
        }

        SimulationResult onGigabit = slow.run(moves);
        SimulationResult onTenGigabit = fast.run(moves);

        assertThat(onGigabit.migrations().stream().filter(m -> m.startedAt().isZero()).count()).isEqualTo(4);
        assertThat(onGigabit.migrationOf("vm4").orElseThrow().startedAt())
                .isEqualTo(onGigabit.migrationOf("vm0").orElseThrow().endedAt());
        assertThat(onTenGigabit.migrations().stream().filter(m -> m.startedAt().isZero()).count()).isEqualTo(8);
        assertThat(onTenGigabit.migrationOf("vm8").orElseThrow().waited().isZero()).isFalse();
    }

    @Test
    void a_guest_that_outruns_its_stream_is_slowed_by_vsphere_and_the_migration_converges() {
        // calibration.md (SDPS, vSphere 5.0+): vMotion always converges; report how much the guest was slowed
        SimulationResult run = new Racks().hostSpeed("1Gbps")
                .migration("{ setupTime: 1s, deviceState: 8MiB, resumeTime: 20ms }")
                .vm("hot", "esx1", "8GiB", "200MB/s").run("hot>esx2");

        MigrationResult hot = run.migrationOf("hot").orElseThrow();
        assertThat(hot.completes()).isTrue();
        assertThat(hot.slowdown().happened()).isTrue();
        assertThat(hot.slowdown().peak().compareTo(Percent.ofWhole(50))).isPositive();
        assertThat(seconds(hot.downtime().orElseThrow())).isLessThan(0.6);
        assertThat(hot.summary()).contains("; guest slowed by up to ");
    }

    @Test
    void a_migration_that_cannot_converge_on_its_own_link_never_completes_and_says_why() {
        // calibration.md (QEMU/KVM): without auto-converge a VM that dirties faster than the link never finishes
        SimulationResult run = new Racks().hostSpeed("1Gbps")
                .migration("{ profile: kvm, setupTime: 0s, deviceState: 0B, resumeTime: 0s, streamCap: none }")
                .vmLine("hot: { host: esx1, portGroup: web, memory: 4GiB, dirtyRate: 200MB/s, workingSet: 1GiB }")
                .run("hot>esx2");

        MigrationResult hot = run.migrationOf("hot").orElseThrow();
        assertThat(hot.completes()).isFalse();
        assertThat(hot.downtime()).isEmpty();
        assertThat(((MigrationOutcome.NeverCompletes) hot.outcome()).why()).isEqualTo(
                "the guest dirties memory at 1.6Gbps but its migration sends 950Mbps: every round leaves 1GiB dirty "
                        + "(its whole working set), more than the 34MiB that fit in the 300ms switchover target; "
                        + "convergence is \"never\": nothing slows the guest down");
        assertThat(hot.summary()).startsWith("VM hot (esx1 > esx2) never completes (the guest dirties");
    }

    @Test
    void a_migration_that_cannot_converge_while_sharing_a_link_converges_once_the_other_migration_ends() {
        // 700MB/s of dirtying outruns half of a 10Gbps uplink (594MB/s of goodput) but not all of it (1188MB/s)
        SimulationResult run = new Racks()
                .migration("{ profile: kvm, setupTime: 0s, deviceState: 0B, resumeTime: 0s, streamCap: none }")
                .vmLine("hot: { host: esx1, portGroup: web, memory: 4GiB, dirtyRate: 700MB/s, workingSet: 2GiB }")
                .vm("big", "esx2", "32GiB", "0MB/s")
                .run("hot>esx3", "big>esx4");

        MigrationResult hot = run.migrationOf("hot").orElseThrow();
        MigrationResult big = run.migrationOf("big").orElseThrow();
        assertThat(hot.completes()).isTrue();
        assertThat(hot.endedAt()).isGreaterThan(big.endedAt());
        assertThat(hot.rounds().size()).isGreaterThan(5);
    }

    @Test
    void a_stream_on_a_fully_loaded_link_gets_nothing_and_the_migration_never_completes() {
        SimulationResult run = new Racks().uplink1("load: 10Gbps").vm("a", "esx1", "4GiB", "0MB/s").run("a>esx3");

        MigrationResult a = run.migrationOf("a").orElseThrow();
        assertThat(((MigrationOutcome.NeverCompletes) a.outcome()).why()).isEqualTo("its stream gets no bandwidth: "
                + "link \"leaf1-spine1\" from leaf1 to spine1 has nothing left for migration traffic (10Gbps, 10Gbps background)");
    }

    @Test
    void a_link_timeline_has_a_stretch_per_rate_with_its_vms_and_counts_the_bytes_on_the_wire() {
        SimulationResult run = new Racks()
                .migration("{ setupTime: 0s, deviceState: 0B, resumeTime: 0s, streamCap: 6Gbps }")
                .vm("a", "esx1", "16GiB", "0MB/s").vm("b", "esx2", "4GiB", "0MB/s").run("a>esx3", "b>esx4");

        LinkUsage up = run.usageOf("leaf1-spine1").get(0);
        MigrationResult a = run.migrationOf("a").orElseThrow();
        MigrationResult b = run.migrationOf("b").orElseThrow();
        assertThat(up.timeline()).hasSize(2);
        assertThat(up.timeline().get(0).vms()).containsExactly("a", "b");
        assertThat(up.timeline().get(0).vmotion()).isEqualTo(Bandwidth.ofGbps(10));
        // a stream ends with its last byte; the VM resumes after that byte crossed the path (4 links of 5us)
        TimeSpan latency = TimeSpan.ofMicros(20);
        assertThat(up.timeline().get(0).to()).isEqualTo(b.endedAt().minus(latency));
        assertThat(up.timeline().get(1).vms()).containsExactly("a");
        assertThat(up.timeline().get(1).vmotion()).isEqualTo(Bandwidth.ofGbps(6));
        assertThat(up.timeline().get(1).to()).isEqualTo(a.endedAt().minus(latency));
        // on the wire: what the migrations sent over the 95% stream efficiency
        double wire = (a.sent().bytes() + b.sent().bytes()) / 0.95;
        assertThat((double) up.bytes().bytes()).isCloseTo(wire, within(wire * 1e-9));
        assertThat(up.peak().during()).hasValue(up.timeline().get(0));
    }

    @Test
    void a_migration_whose_pre_check_fails_is_not_simulated() {
        Racks racks = new Racks().vm("a", "esx1", "4GiB", "0MB/s");

        SimulationResult run = racks.run("a>esx1");

        assertThat(run.verdicts()).singleElement().satisfies(v -> assertThat(v.succeeds()).isFalse());
        assertThat(run.migrations()).isEmpty();
        assertThat(run.links()).isEmpty();
    }

    @Test
    void the_same_vm_cannot_move_twice_at_once() {
        Racks racks = new Racks().vm("a", "esx1", "4GiB", "0MB/s");

        assertThatThrownBy(() -> racks.run("a>esx2", "a>esx3"))
                .hasMessage("VM a is asked to migrate twice at the same time");
    }

    @Test
    void the_same_input_gives_the_same_result() {
        Racks racks = new Racks().vm("a", "esx1", "16GiB", "300MB/s").vm("b", "esx2", "8GiB", "120MB/s")
                .vm("c", "esx3", "32GiB", "80MB/s");

        SimulationResult first = racks.run("a>esx3", "b>esx4", "c>esx1");
        SimulationResult second = new MigrationSimulator(new Layer2Analysis(racks.topology()))
                .run(List.of(new MigrationRequest("a", "esx3"), new MigrationRequest("b", "esx4"),
                        new MigrationRequest("c", "esx1")));

        assertThat(second).isEqualTo(first);
    }

    private static LinkDirection direction(Topology topology, String link, String from) {
        return new LinkDirection(topology.requireLink(link), from);
    }
}
