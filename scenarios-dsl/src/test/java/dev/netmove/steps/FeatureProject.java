package dev.netmove.steps;

import dev.netmove.runner.FeatureRunner;
import dev.netmove.runner.RunRequest;
import dev.netmove.runner.RunResult;
import dev.netmove.runner.ScenarioFailure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A throwaway consumer project on disk: feature files and topologies, run through the real runner. */
final class FeatureProject {

    /** Two pods joined by a core; VLAN 120 is pruned at the core end of pod B's uplink; esx-b2 lacks the web port group. */
    static final String TWO_PODS = """
            topology: two-pods
            devices:
              core1: { role: core, vlans: "110,120,900" }
              agg-a: { role: aggregation, pod: a, vlans: "110,120,900" }
              agg-b: { role: aggregation, pod: b, vlans: "110,120,900" }
              acc-a1: { role: access, pod: a, vlans: "110,120,900" }
              acc-b1: { role: access, pod: b, vlans: "110,120,900" }
              esx-a1:
                role: host
                cluster: prod
                portGroups: { web: 110, db: 120 }
                vmotion: { vlan: 900, ip: 10.9.0.11/24 }
              esx-b1:
                role: host
                cluster: prod
                portGroups: { web: 110, db: 120 }
                vmotion: { vlan: 900, ip: 10.9.0.21/24 }
              esx-b2:
                role: host
                cluster: prod
                portGroups: { db: 120 }
                vmotion: { vlan: 900, ip: 10.9.0.22/24 }
            links:
              - { name: agg-a-core1, between: [agg-a:Eth1/49, core1:Eth1/1], speed: 40Gbps }
              - { name: agg-b-core1, between: [agg-b:Eth1/49, { port: core1:Eth1/2, vlans: "110,900" }], speed: 40Gbps }
              - { name: acc-a1-agg-a, between: [acc-a1:Eth1/49, agg-a:Eth1/1], speed: 40Gbps }
              - { name: acc-b1-agg-b, between: [acc-b1:Eth1/49, agg-b:Eth1/1], speed: 40Gbps }
              - { name: esx-a1-acc-a1, between: [esx-a1:vmnic0, acc-a1:Eth1/1], speed: 10Gbps }
              - { name: esx-b1-acc-b1, between: [esx-b1:vmnic0, acc-b1:Eth1/1], speed: 10Gbps }
              - { name: esx-b2-acc-b1, between: [esx-b2:vmnic0, acc-b1:Eth1/2], speed: 10Gbps }
            vms:
              web01: { host: esx-a1, portGroup: web, memory: 16GiB }
              db01: { host: esx-a1, portGroup: db, memory: 64GiB }
            """;

    private final Path base;

    FeatureProject(Path base) {
        this.base = base;
    }

    FeatureProject file(String relative, String text) {
        try {
            Path file = base.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the two-pod topology next to the features and runs {@code scenarios} (the body of one feature). */
    Outcome runWithTwoPods(String scenarios) {
        file("src/test/features/two-pods.yaml", TWO_PODS);
        return run("Feature: moves\n\n" + scenarios);
    }

    Outcome run(String feature) {
        file("src/test/features/moves.feature", feature);
        List<String> progress = new ArrayList<>();
        RunRequest request = RunRequest.forProject(base);
        RunResult result = FeatureRunner.run(new RunRequest(request.features(), request.glue(), null,
                request.reportsDirectory(), base, progress::add));
        return new Outcome(result, List.copyOf(progress));
    }

    record Outcome(RunResult result, List<String> progress) {
        /** The message of the only failed scenario. */
        String failure() {
            List<ScenarioFailure> failures = result.failures();
            if (failures.size() != 1) {
                throw new AssertionError("expected exactly one failed scenario, found " + failures.size() + ": "
                        + result.failureReport() + "\nprogress: " + progress);
            }
            return failures.get(0).message();
        }
    }
}
