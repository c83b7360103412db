package dev.netmove.engine.imports.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A project importing the saved NetBox pages of the test pod (src/test/resources/imports/netbox/pod) under
 * {@code sources/netbox/}, with the overlay that gives what NetBox does not know: the hosts' port groups and
 * vMotion, web02's host, app01's port group (or what a test writes for app01).
 */
final class NetBoxPodProject {

    private static final Path POD = Path.of("src/test/resources/imports/netbox/pod");

    private NetBoxPodProject() {
    }

    /** Copies the pod's pages into {@code project}'s {@code sources/netbox/}. */
    static void copyPages(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(POD)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = project.resolve("sources/netbox").resolve(POD.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        }
    }

    /** Writes {@code pod-a.yaml}, app01's entry being {@code app01}, and returns it. */
    static Path writeOverlay(Path project, String app01) throws IOException {
        return Files.writeString(project.resolve("pod-a.yaml"), """
                topology: pod-a
                import:
                  - netbox: sources/netbox/
                importRules:
                  roles: { "^agg": aggregation }
                vms:
                  web02: { host: esx-a3, portGroup: web }
                  app01: %s
                devices:
                  esx-a1: { portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.11/24 } }
                  esx-a2: { portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.12/24 } }
                  esx-a3: { portGroups: { web: 110, app: 130 }, vmotion: { vlan: 900, ip: 10.9.0.13/24 } }
                """.formatted(app01));
    }

    /** Runs {@code netmove:import}'s work on {@code pod-a.yaml}, writing into {@code target/netmove}. */
    static ImportCommand.Outcome runImport(Path project) {
        return ImportCommand.run(new ImportCommand.Request(project.resolve("pod-a.yaml"), project,
                project.resolve("target/netmove"), null));
    }
}
