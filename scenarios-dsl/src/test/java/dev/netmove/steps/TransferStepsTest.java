package dev.netmove.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The Then steps on time, downtime, volume, link utilization and the core, each passing and failing. */
class TransferStepsTest {

    /**
     * Two racks joined by a core switch: esx1 and esx2 on leaf1, esx3 on leaf2, every link 10Gbps. With the
     * vsphere defaults (setup 1s, 95% stream efficiency) web01 (16GiB, 100MB/s) moves to esx3 in 16.8s.
     */
    static final String RACKS = """
            topology: racks
            devices:
              core1: { role: core, vlans: "110,900" }
              leaf1: { role: access, vlans: "110,900" }
              leaf2: { role: access, vlans: "110,900" }
              esx1: { role: host, cluster: prod, memory: 64GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.1/24 } }
              esx2: { role: host, cluster: prod, memory: 64GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.2/24 } }
              esx3: { role: host, cluster: prod, memory: 128GiB, portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.3/24 } }
            links:
              - { name: esx1-leaf1, between: [esx1:vmnic0, leaf1:Eth1/1], speed: 10Gbps }
              - { name: esx2-leaf1, between: [esx2:vmnic0, leaf1:Eth1/2], speed: 10Gbps }
              - { name: esx3-leaf2, between: [esx3:vmnic0, leaf2:Eth1/1], speed: 10Gbps }
              - { name: leaf1-core1, between: [leaf1:Eth1/49, core1:Eth1/1], speed: 10Gbps }
              - { name: leaf2-core1, between: [leaf2:Eth1/49, core1:Eth1/2], speed: 10Gbps }
            vms:
              web01: { host: esx1, portGroup: web, memory: 16GiB, dirtyRate: 100MB/s }
              web02: { host: esx1, portGroup: web, memory: 8GiB }
              web03: { host: esx2, portGroup: web, memory: 8GiB }
            """;

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String steps) {
        return new FeatureProject(project).file("src/test/features/racks.yaml", RACKS)
                .run("Feature: transfers\n\n  Scenario: the scenario\n    Given the topology \"racks.yaml\"\n" + steps);
    }

    private void passes(String steps) {
        FeatureProject.Outcome outcome = run(steps);
        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
    }

    private static final String WEB01_TO_ESX3 = "    When VM \"web01\" migrates to host \"esx3\"\n";

    // ---- completes within ------------------------------------------------------------------

    @Test
    void a_migration_that_completes_in_time_passes() {
        passes(WEB01_TO_ESX3 + "    Then the migration completes within 17 seconds\n"
                + "    And the migration of VM \"web01\" completes within 0.5 minutes\n");
    }

    @Test
    void a_migration_that_takes_too_long_gives_its_time_the_breakdown_and_the_link_that_held_it() {
        String message = run(WEB01_TO_ESX3 + "    Then the migration completes within 5 seconds\n").failure();

        assertThat(message).isEqualTo("""
                The migration of VM web01 does not complete within 5s.
                  expected: it completes within 5s
                  found:    VM web01 (esx1 > esx3) completes after 16.8s: waited 0s, setup 1s, 2 pre-copy rounds 15.7s, \
                downtime 130ms; 17.5GiB sent at 9.5Gbps
                  why:      VM web01: its stream was held by link "esx1-leaf1" from esx1 to leaf1 (10Gbps)""");
    }

    @Test
    void concurrent_migrations_that_take_too_long_are_each_named_with_what_held_them() {
        String message = run("""
                    When these migrations run at the same time:
                      | vm    | to   |
                      | web01 | esx3 |
                      | web03 | esx3 |
                    Then the migration completes within 20 seconds
                """).failure();

        assertThat(message).startsWith("1 of 2 migrations do not complete within 20s.\n"
                        + "  expected: every migration completes within 20s\n"
                        + "  found:    VM web01 (esx1 > esx3) completes after ")
                .contains("\n  why:      VM web01: its stream was held by link \"leaf1-core1\" from leaf1 to core1 "
                        + "(10Gbps), shared with 1 other migration");
    }

    @Test
    void the_migration_of_one_vm_that_takes_too_long_fails_with_its_figures() {
        String message = run(WEB01_TO_ESX3 + "    Then the migration of VM \"web01\" completes within 10 s\n").failure();

        assertThat(message).startsWith("The migration of VM web01 does not complete within 10s.\n"
                + "  expected: it completes within 10s\n"
                + "  found:    VM web01 (esx1 > esx3) completes after 16.8s");
    }

    @Test
    void asking_for_a_vm_that_did_not_migrate_says_what_to_add() {
        String message = run(WEB01_TO_ESX3 + "    Then the migration of VM \"web02\" completes within 10 s\n").failure();

        assertThat(message).isEqualTo("VM web02 has not migrated in this scenario: add a step such as "
                + "'When VM \"web02\" migrates to host \"...\"' before this one");
    }

    @Test
    void asking_for_a_vm_whose_pre_check_failed_gives_the_reasons() {
        String message = run("    When VM \"web01\" migrates to host \"esx1\"\n"
                + "    Then the migration of VM \"web01\" completes within 10 s\n").failure();

        assertThat(message).isEqualTo("""
                The migration of VM web01 did not run: its pre-check failed.
                  expected: VM web01 migrates to host esx1
                  found:    VM web01 already runs on host esx1""");
    }

    @Test
    void a_time_step_before_any_migration_says_what_to_add() {
        String message = run("    Then the migration completes within 10 s\n").failure();

        assertThat(message).startsWith("no VM has migrated in this scenario yet: add a step such as");
    }

    @Test
    void a_time_step_when_every_pre_check_failed_lists_the_reasons() {
        String message = run("    When VM \"web01\" migrates to host \"esx1\"\n"
                + "    Then the migration completes within 10 s\n").failure();

        assertThat(message).isEqualTo("""
                No migration of this scenario ran: each one failed its pre-check.
                  expected: at least one migration that the network allows
                  found:    VM web01 to esx1: VM web01 already runs on host esx1""");
    }

    @Test
    void a_time_in_a_unit_that_does_not_exist_fails_with_the_accepted_units() {
        String message = run(WEB01_TO_ESX3 + "    Then the migration completes within 30 secs\n").failure();

        assertThat(message).isEqualTo("the duration \"30 secs\" in the step at line 6 is not accepted: unknown unit \"secs\" in "
                + "\"30 secs\"; write a time span with its unit, e.g. 500ms; accepted units: ns, us, ms, s, min, h, "
                + "nanosecond(s), microsecond(s), millisecond(s), second(s), minute(s), hour(s) (did you mean \"s\"?)");
    }

    @Test
    void a_later_when_step_starts_when_the_earlier_migrations_have_ended() {
        // web03 starts at 16.8s, after web01; its own time counts from then: setup, one round of 8GiB, switchover
        passes(WEB01_TO_ESX3 + "    And VM \"web03\" migrates to host \"esx3\"\n"
                + "    Then the migration of VM \"web03\" completes within 9 seconds\n");
    }

    // ---- downtime --------------------------------------------------------------------------

    @Test
    void a_switchover_within_the_limit_passes() {
        passes(WEB01_TO_ESX3 + "    Then the switchover downtime is at most 500 ms\n"
                + "    And the switchover downtime of VM \"web01\" is at most 0.2 s\n");
    }

    @Test
    void a_long_switchover_gives_what_was_sent_while_paused_and_why_pre_copy_stopped() {
        String message = run(WEB01_TO_ESX3 + "    Then the switchover downtime of VM \"web01\" is at most 100 ms\n")
                .failure();

        assertThat(message).isEqualTo("""
                The switchover of VM web01 takes longer than 100ms.
                  expected: a downtime of at most 100ms
                  found:    VM web01: 130ms: 124MiB sent while paused (116MiB still dirty and the device state) after \
                2 pre-copy rounds, stopped because the rest fit in the switchover target""");
    }

    @Test
    void a_switchover_limit_for_every_migration_names_each_that_is_over() {
        String message = run("""
                    When these migrations run at the same time:
                      | vm    | to   |
                      | web01 | esx3 |
                      | web03 | esx3 |
                    Then the switchover downtime is at most 100 ms
                """).failure();

        assertThat(message).startsWith("1 of 2 switchovers take longer than 100ms.\n"
                        + "  expected: every migration's downtime is at most 100ms\n"
                        + "  found:    VM web01: ");
    }

    // ---- volume ----------------------------------------------------------------------------

    @Test
    void a_migration_that_sends_little_enough_passes() {
        passes(WEB01_TO_ESX3 + "    Then at most 18 GiB is sent over the network\n");
    }

    @Test
    void a_migration_that_sends_too_much_gives_each_round() {
        String message = run(WEB01_TO_ESX3 + "    Then at most 16 GiB is sent over the network\n").failure();

        assertThat(message).isEqualTo("""
                The migration of VM web01 sends 17.5GiB over the network, more than 16GiB.
                  expected: at most 16GiB sent
                  found:    VM web01: 17.5GiB (2 pre-copy rounds: 16GiB, 1.35GiB; 124MiB while paused)""");
    }

    // ---- links -----------------------------------------------------------------------------

    @Test
    void a_link_that_stays_below_the_threshold_passes() {
        passes("""
                    Given vMotion traffic is limited to 20% of link "leaf1-core1"
                    When VM "web01" migrates to host "esx3"
                    Then link "leaf1-core1" stays below 21% utilization
                    And link "esx2-leaf1" stays below 1% utilization
                """);
    }

    @Test
    void a_saturated_link_gives_its_peak_when_it_happened_and_the_vms_on_it() {
        String message = run("""
                    Given link "leaf1-core1" already carries 4 Gbps
                    When these migrations run at the same time:
                      | vm    | to   |
                      | web01 | esx3 |
                      | web02 | esx3 |
                      | web03 | esx3 |
                    Then link "leaf1-core1" stays below 80% utilization
                """).failure();

        assertThat(message).isEqualTo("""
                Link "leaf1-core1" reaches 100% utilization.
                  expected: below 80% in each direction
                  found:    100% from leaf1 to core1 at 1s-37.2s: 4Gbps background + 6Gbps migration traffic \
                (VMs web01, web02, web03) on 10Gbps
                  why:      migrations take everything background traffic leaves free: the link has no vMotion QoS \
                limit (qos: { vmotion: 20% } on the link, or 'Given vMotion traffic is limited to 20% of link \
                "leaf1-core1"', would hold them to 2Gbps)""");
    }

    @Test
    void a_link_held_by_its_qos_limit_above_the_threshold_says_so() {
        String message = run("""
                    Given vMotion traffic is limited to 20% of link "leaf1-core1"
                    And link "leaf1-core1" already carries 4 Gbps
                    When VM "web01" migrates to host "esx3"
                    Then link "leaf1-core1" stays below 40% utilization
                """).failure();

        assertThat(message).isEqualTo("""
                Link "leaf1-core1" reaches 60% utilization.
                  expected: below 40% in each direction
                  found:    60% from leaf1 to core1 at 1s-126s: 4Gbps background + 2Gbps migration traffic (VM web01) \
                on 10Gbps
                  why:      the vMotion QoS limit lets migrations take up to 2Gbps (20% of the link), on top of 4Gbps \
                of background traffic""");
    }

    @Test
    void a_link_busy_with_background_alone_says_no_migration_crossed_it() {
        String message = run("""
                    Given link "esx2-leaf1" already carries 7 Gbps
                    When VM "web01" migrates to host "esx3"
                    Then link "esx2-leaf1" stays below 50% utilization
                """).failure();

        assertThat(message).isEqualTo("""
                Link "esx2-leaf1" reaches 70% utilization.
                  expected: below 50% in each direction
                  found:    70% from esx2 to leaf1: 7Gbps background, no migration traffic, on 10Gbps
                  why:      its background traffic alone is 7Gbps of 10Gbps; no migration crosses it""");
    }

    @Test
    void an_unknown_link_lists_the_closest_names() {
        String message = run(WEB01_TO_ESX3 + "    Then link \"leaf1-cor1\" stays below 40% utilization\n").failure();

        assertThat(message).isEqualTo("no link named \"leaf1-cor1\" in topology racks "
                + "(did you mean \"leaf1-core1\" or \"leaf2-core1\"?)");
    }

    @Test
    void every_link_below_the_threshold_passes() {
        passes("""
                    Given vMotion traffic is limited to 30% of every link
                    When host "esx1" enters maintenance mode
                    Then every link stays below 31% utilization
                """);
    }

    @Test
    void every_link_lists_each_link_at_or_above_the_threshold() {
        String message = run("""
                    When host "esx1" enters maintenance mode
                    Then every link stays below 50% utilization
                """).failure();

        assertThat(message).isEqualTo("""
                4 links reach 50% utilization or more.
                  expected: every link below 50% in each direction
                  found:    link "esx1-leaf1": 100% from esx1 to leaf1 at 1s-15.5s: 10Gbps migration traffic \
                (VMs web01, web02) on 10Gbps
                            link "esx3-leaf2": 100% from leaf2 to esx3 at 1s-15.5s: 10Gbps migration traffic \
                (VMs web01, web02) on 10Gbps
                            link "leaf1-core1": 100% from leaf1 to core1 at 1s-15.5s: 10Gbps migration traffic \
                (VMs web01, web02) on 10Gbps
                            link "leaf2-core1": 100% from core1 to leaf2 at 1s-15.5s: 10Gbps migration traffic \
                (VMs web01, web02) on 10Gbps
                  why:      migrations take everything background traffic leaves free: the link has no vMotion QoS \
                limit (qos: { vmotion: 20% } on the link, or 'Given vMotion traffic is limited to 20% of link \
                "esx1-leaf1"', would hold them to 2Gbps)""");
    }

    @Test
    void a_utilization_threshold_must_be_written_with_percent() {
        FeatureProject.Outcome outcome = run(WEB01_TO_ESX3 + "    Then every link stays below 50 utilization\n");

        // not an undefined step: the number matches, and is refused for its missing %
        assertThat(outcome.failure()).startsWith("the percent \"50\" in the step at line 6 is not accepted: \"50\" has no"
                + " unit; write a percentage with its unit, e.g. 40%; accepted units: %");
    }

    // ---- the core --------------------------------------------------------------------------

    @Test
    void a_move_within_a_rack_keeps_migration_traffic_off_the_core() {
        passes("""
                    When VM "web02" migrates to host "esx2"
                    Then the migration traffic does not cross the core
                    And at most 0 GiB of migration traffic crosses the core
                """);
    }

    @Test
    void a_move_across_the_core_names_the_vm_the_volume_and_the_path() {
        String message = run(WEB01_TO_ESX3 + "    Then the migration traffic does not cross the core\n").failure();

        assertThat(message).isEqualTo("""
                The migration traffic crosses the core.
                  expected: no migration stream enters a device of role core
                  found:    VM web01 sends 17.5GiB through core1
                  path:     esx1 > leaf1 > core1 > leaf2 > esx3""");
    }

    @Test
    void more_migration_traffic_over_the_core_than_allowed_gives_each_vm_and_path() {
        String message = run("""
                    When these migrations run at the same time:
                      | vm    | to   |
                      | web01 | esx3 |
                      | web03 | esx1 |
                    Then at most 10 GiB of migration traffic crosses the core
                """).failure();

        assertThat(message).isEqualTo("""
                17.5GiB of migration traffic crosses the core, more than 10GiB.
                  expected: at most 10GiB enters the core
                  found:    VM web01: 17.5GiB through core1
                  path:     esx1 > leaf1 > core1 > leaf2 > esx3""");
    }

    @Test
    void migration_traffic_over_the_core_within_the_limit_passes() {
        passes(WEB01_TO_ESX3 + "    Then at most 18 GiB of migration traffic crosses the core\n");
    }
}
