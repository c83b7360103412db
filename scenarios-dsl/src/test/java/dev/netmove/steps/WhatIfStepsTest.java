package dev.netmove.steps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class WhatIfStepsTest {

    @TempDir
    Path project;

    private FeatureProject.Outcome run(String scenarios) {
        return new FeatureProject(project).file("src/test/features/dc.yaml", ConfigurationStepsTest.DC)
                .run("Feature: what-ifs\n\n  Background:\n    Given the topology \"dc.yaml\"\n\n" + scenarios);
    }

    @Test
    void a_device_down_takes_its_links_out_of_the_vlan() {
        FeatureProject.Outcome outcome = run("""
                  Scenario: without agg-b, pod B's uplink no longer carries VLAN 110
                    Given device "agg-b" is down
                    Then VLAN 110 spans at most 4 switches
                """);

        assertThat(outcome.result().failureReport()).isEmpty();
        assertThat(outcome.result().passed()).isEqualTo(1);
    }

    @Test
    void a_link_down_splits_the_vlan_and_the_path_says_where() {
        String message = run("""
                  Scenario: pod B cut off
                    Given link "agg-b-core1" is down
                    Then VLAN 110 is carried on every link between host "esx-a1" and host "esx-b1"
                """).failure();

        assertThat(message).startsWith("VLAN 110 is not carried all the way between host esx-a1 and host esx-b1.\n")
                .contains("agg-b-core1");
    }

    @Test
    void a_migration_across_a_down_device_fails() {
        FeatureProject.Outcome outcome = run("""
                  Scenario: the core is down
                    Given device "core1" is down
                    When VM "web01" migrates to host "esx-b1"
                    Then the migration fails because "core1"
                """);

        assertThat(outcome.result().failureReport()).isEmpty();
    }

    @Test
    void what_ifs_add_up_and_apply_only_to_their_scenario() {
        FeatureProject.Outcome outcome = run("""
                  Scenario: two failures
                    Given link "agg-b-core1" is down
                    And device "agg-a" is down
                    Then VLAN 130 spans at most 3 switches
                  Scenario: the next scenario starts from the file again
                    Then VLAN 130 spans at most 3 switches
                """);

        assertThat(outcome.result().passed()).isEqualTo(1);
        assertThat(outcome.failure()).startsWith("VLAN 130 spans 5 switches, more than 3.");
    }

    @Test
    void an_unknown_link_lists_the_closest_names() {
        assertThat(run("""
                  Scenario: typo
                    Given link "agg-b-core" is down
                """).failure()).isEqualTo("no link named \"agg-b-core\" in topology dc-cfg (did you mean \"agg-b-core1\" or \"agg-a-core1\"?)");
    }

    @Test
    void an_unknown_device_lists_the_closest_names() {
        assertThat(run("""
                  Scenario: typo
                    Given device "core2" is down
                """).failure()).isEqualTo("no device named \"core2\" in topology dc-cfg (did you mean \"core1\"?)");
    }
}
