package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.isNull;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Walks the tree of one topology file section by section (devices, links, VMs and flows,
 * migration), checks what the sections say about each other, and builds the {@link Topology}.
 * Every problem is collected; none stops the walk.
 */
final class TopologyReader {

    /**
     * The top-level keys; {@code import} and {@code importRules} are read by {@link ImportedTopologyReader} (a file
     * with either goes there) and never reach this reader, but an unknown key's hint lists them too.
     */
    static final Keys TOP_KEYS = Keys.of("topology", "devices", "links", "vms", "flows", "migration", "import",
            "importRules");

    private final ProblemList problems;
    private final ValueReader values;

    TopologyReader(ProblemList problems) {
        this.problems = problems;
        this.values = new ValueReader(problems);
    }

    /** The topology of {@code root}, or null when there were problems (all reported). */
    Topology read(YamlNode root, String sourceName) {
        if (root == null || isNull(root)) {
            problems.addForFile("", "the file is empty; expected a map with the keys topology, devices and links");
            return null;
        }
        MapNode top = values.map(root, "", TOP_KEYS, "a map with the keys " + TOP_KEYS);
        if (top == null) {
            return null;
        }
        String name = top.has("topology") ? values.name(top.value("topology"), "topology", "a name for the topology")
                : defaultName(sourceName);

        DeviceReader devices = new DeviceReader(values);
        if (top.has("devices")) {
            devices.read(top.value("devices"));
        } else {
            values.missing(top, "devices", root, "devices", "the topology has no devices; expected devices: a map of "
                    + "device name to its settings, such as core1: { role: core }");
        }
        LinkReader links = new LinkReader(values, devices.specs());
        if (top.has("links")) {
            links.read(top.value("links"));
        } else {
            values.missing(top, "links", root, "links", "the topology has no links; expected links: a list of links "
                    + "such as { between: [agg1:Eth1/49, core1:Eth1/1], speed: 40Gbps } (links: [] for none)");
        }
        devices.checkVpcPeers();
        links.checkLags();
        devices.checkHostNics(links);

        WorkloadReader workloads = new WorkloadReader(values, devices.specs());
        if (top.has("vms")) {
            workloads.readVms(top.value("vms"));
        }
        if (top.has("flows")) {
            workloads.readFlows(top.value("flows"));
        }
        MigrationSettings migration = top.has("migration") ? new MigrationReader(values).read(top.value("migration"))
                : MigrationSettings.defaults();

        if (!problems.isEmpty() || name == null || migration == null) {
            return null;
        }
        Map<String, Device> built = new LinkedHashMap<>();
        for (DeviceSpec d : devices.specs().values()) {
            try {
                built.put(d.name, devices.build(d, links));
            } catch (IllegalArgumentException e) {
                problems.add(d.keyNode, d.path, e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            return new Topology(name, built, links.links(), workloads.vms(), workloads.flows(), migration, sourceName);
        } catch (IllegalArgumentException e) {
            // the model checks what the reader checked already; reaching this is a reader bug, still shown with where
            problems.add(root, "", e.getMessage());
            return null;
        }
    }

    private static String defaultName(String sourceName) {
        int dot = sourceName.lastIndexOf('.');
        return dot > 0 ? sourceName.substring(0, dot) : sourceName;
    }
}
