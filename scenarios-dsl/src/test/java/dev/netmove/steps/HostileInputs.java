package dev.netmove.steps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The table of hostile inputs of {@link HostileInputCatalogueTest}: each one a scenario (or a feature file) of a
 * throwaway project, with what the user must read. Topology inputs are one-line mutations of the racks topology
 * of {@link TransferStepsTest}; their errors must be placed at the mutated line.
 */
final class HostileInputs {

    /**
     * One input.
     *
     * @param id           its name, also the scenario's
     * @param scenarioName the name the failure carries
     * @param location     the failure's file:line
     * @param expected     what the message must contain
     * @param placedAt     where the message must place the problem (file:line:), or null
     */
    record Input(String id, String scenarioName, String location, String expected, String placedAt) {
        @Override
        public String toString() {
            return id;
        }
    }

    static final String BASE = TransferStepsTest.RACKS;
    private static final String FEATURES = "src/test/features/";

    private static List<Input> all;
    private static final List<String[]> files = new ArrayList<>();

    private HostileInputs() {
    }

    static synchronized List<Input> all() {
        if (all == null) {
            all = build();
        }
        return all;
    }

    /** Writes the project's files; returns them, so that a test can tell what else appeared. */
    static Set<Path> writeProject(Path project) throws IOException {
        all();
        Set<Path> written = new HashSet<>();
        for (String[] file : files) {
            Path path = project.resolve(file[0]);
            Files.createDirectories(path.getParent());
            Files.writeString(path, file[1], StandardCharsets.UTF_8);
            written.add(path);
        }
        Files.createDirectories(project.resolve(FEATURES + "folder.yaml"));
        Path pipe = project.resolve(FEATURES + "t/pipe.yaml");
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
            mkfifo.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!Files.exists(pipe)) {
            // no mkfifo here: a device file is refused the same way
            Files.createSymbolicLink(pipe, Path.of("/dev/zero"));
        }
        return written;
    }

    private static List<Input> build() {
        List<Input> inputs = new ArrayList<>();
        files.add(new String[] {FEATURES + "racks.yaml", BASE});
        topologyFiles(inputs);
        stepArguments(inputs);
        docStrings(inputs);
        silentPasses(inputs);
        brokenFeatureFiles(inputs);
        outlines(inputs);
        return List.copyOf(inputs);
    }

    // ---- topology files: one mutated line each --------------------------------------------------

    private static void topologyFiles(List<Input> inputs) {
        Feature feature = new Feature("topologies");
        String esx1Link = "between: [esx1:vmnic0, leaf1:Eth1/1], speed: 10Gbps";
        for (String[] speed : new String[][] {{"10", "has no unit"}, {"10Gb", "unknown unit"}, {"10 gbps", "unit"},
                {"-10Gbps", "negative"}, {"ten", "speed"}, {"10Gbit", "unit"}, {"99999999999Tbps", "too large"},
                {"10GiB", "unit"}, {"10Gbps/s", "unit"}, {"1e10bps", "speed"}, {"\"\"", "speed"}, {"null", "speed"},
                {"[10Gbps]", "speed"}, {"{ a: 1 }", "speed"}, {"0Gbps", "speed"}}) {
            mutation(inputs, feature, "speed " + speed[0], esx1Link, esx1Link.replace("10Gbps", speed[0]), speed[1]);
        }
        String web01 = "memory: 16GiB, dirtyRate: 100MB/s";
        for (String[] memory : new String[][] {{"16", "has no unit"}, {"16G", "GiB"}, {"-16GiB", "negative"},
                {"16 GB RAM", "memory"}, {"0GiB", "more than zero"}, {"9000000TiB", "too large"},
                {"sixteen", "memory"}, {"[16GiB]", "memory"}, {"1.5.2GiB", "memory"}, {"16gib", "unit"},
                {"99999999999999999999B", "too large"}, {"16GiB16", "memory"}}) {
            mutation(inputs, feature, "memory " + memory[0], web01, web01.replace("16GiB", memory[0]), memory[1]);
        }
        for (String[] rate : new String[][] {{"100", "has no unit"}, {"100MB", "unit"}, {"-1MB/s", "negative"},
                {"fast", "dirtyRate"}, {"100MB/h", "unit"}, {"[1]", "dirtyRate"}, {"1e3MB/s", "dirtyRate"},
                {"99999999999Tbps", "too large"}}) {
            mutation(inputs, feature, "dirtyRate " + rate[0], web01, web01.replace("100MB/s", rate[0]), rate[1]);
        }
        String core = "core1: { role: core, vlans: \"110,900\" }";
        for (String[] vlans : new String[][] {{"110,9000", "9000"}, {"0", "vlans"}, {"110-100", "vlans"},
                {"abc", "vlans"}, {"110,,900", "vlans"}, {"4095", "4095"}, {"-1", "vlans"}, {"1-4094-5", "vlans"}}) {
            mutation(inputs, feature, "vlans " + vlans[0], core, core.replace("110,900", vlans[0]), vlans[1]);
        }
        for (String[] role : new String[][] {{"cor", "did you mean"}, {"Core", "role"}, {"\"\"", "role"},
                {"host2", "role"}, {"[core]", "role"}}) {
            mutation(inputs, feature, "role " + role[0], core, core.replace("role: core", "role: " + role[0]), role[1]);
        }
        String esx1 = "esx1: { role: host, cluster: prod, memory: 64GiB, portGroups: { web: 110 }";
        for (String[] group : new String[][] {{"yes", "portGroups.web"}, {"0x6E", "portGroups.web"},
                {"110.0", "portGroups.web"}, {"5000", "portGroups.web"}, {"-110", "portGroups.web"},
                {"web", "portGroups.web"}}) {
            // a bad port-group VLAN is one problem, not a second "host does not have port group web"
            mutation(inputs, feature, "port group VLAN " + group[0], esx1, esx1.replace("web: 110", "web: " + group[0]),
                    "yaml: 1 problem\n");
        }
        String[][] structure = {
                {"unknown device key", core, core.replace("role: core", "role: core, colour: red"), "colour"},
                {"device name with a colon", core, core.replace("core1:", "\"core:1\":"), "core:1"},
                {"device name with spaces", core, core.replace("core1:", "\" core1 \":"), "surrounding spaces"},
                {"host memory without unit", esx1, esx1.replace("memory: 64GiB", "memory: 64"), "has no unit"},
                {"vmotion ip out of range", "ip: 10.9.0.1/24", "ip: 10.9.0.300/24", "10.9.0.300"},
                {"vmotion vlan too large", "vmotion: { vlan: 900, ip: 10.9.0.1/24 }",
                        "vmotion: { vlan: 9000, ip: 10.9.0.1/24 }", "9000"},
                {"link to an unknown device", "[esx1:vmnic0, leaf1:Eth1/1]", "[esx1:vmnic0, leaf9:Eth1/1]", "leaf9"},
                {"link end without a port", "[esx1:vmnic0, leaf1:Eth1/1]", "[esx1vmnic0, leaf1:Eth1/1]", "esx1vmnic0"},
                {"link without speed", esx1Link, "between: [esx1:vmnic0, leaf1:Eth1/1]", "speed"},
                {"link latency without unit", esx1Link, esx1Link + ", latency: 5", "has no unit"},
                {"link mode unknown", esx1Link, esx1Link + ", mode: trunky", "trunky"},
                {"link load above its speed", esx1Link, esx1Link + ", load: 20Gbps", "load"},
                {"vm on an unknown host", "web01: { host: esx1,", "web01: { host: esx9,", "esx9"},
                {"vm in an unknown port group", "web01: { host: esx1, portGroup: web,",
                        "web01: { host: esx1, portGroup: wbe,", "wbe"},
                {"vm name with spaces", "web01: { host: esx1,", "\" web01 \": { host: esx1,", "surrounding spaces"},
                {"vm with the name of a device", "web01: { host: esx1,", "leaf1: { host: esx1,", "name of a device"},
                {"vm inUse above 100%", web01, web01 + ", inUse: 150%", "150%"},
                {"vm unknown key", web01, web01 + ", cpu: 4", "cpu"},
                {"duplicate vm", "web02: { host: esx1, portGroup: web, memory: 8GiB }",
                        "web01: { host: esx1, portGroup: web, memory: 8GiB }", "web01"},
                {"duplicate device", "leaf2: { role: access", "leaf1: { role: access", "leaf1"},
                {"unknown top-level key", "topology: racks", "topology: racks\nsites: []", "sites", "1"},
                {"misspelt top-level key", "vms:", "vmz:", "vmz"},
                {"devices as a list", "devices:", "devices: []\ndevicez:", "devices"},
                {"unclosed flow map", core, core.replace(" }", ""), "malformed YAML", "1"},
                {"tab indentation", "  leaf2:", "\tleaf2:", "TAB"},
                {"unclosed quote", core, core.replace("\"110,900\"", "\"110,900"), "malformed YAML", "1"},
                {"migration profile unknown", "topology: racks", "topology: racks\nmigration: { profile: vmware }",
                        "vmware", "1"},
                {"migration maxDowntime without unit", "topology: racks", "topology: racks\nmigration: { maxDowntime: 500 }",
                        "has no unit", "1"},
                {"migration streamCap negative", "topology: racks", "topology: racks\nmigration: { streamCap: -1Gbps }",
                        "negative", "1"},
                {"flow to an unknown vm", "vms:", "flows:\n  - { from: web01, to: web99, rate: 1Gbps }\nvms:", "web99", "1"},
                {"flow rate without unit", "vms:", "flows:\n  - { from: web01, to: web02, rate: 300 }\nvms:",
                        "has no unit", "1"},
                {"anchor and alias bomb", "topology: racks", "topology: &a racks\nname2: *a", "name2", "1"},
        };
        for (String[] s : structure) {
            mutation(inputs, feature, s[0], s[1], s[2], s[3], s.length > 4 ? Integer.parseInt(s[4]) : 0);
        }
        // whole-file inputs
        whole(inputs, feature, "empty file", "", "the file is empty");
        whole(inputs, feature, "only a comment", "# nothing here\n", "devices");
        whole(inputs, feature, "a list at the top", "- a\n- b\n", "map");
        whole(inputs, feature, "a scalar at the top", "racks\n", "map");
        whole(inputs, feature, "not UTF-8", "topology: caf\u00e9\n", null);
        whole(inputs, feature, "binary bytes", "\u0000\u0001\u0002", null);
        feature.scenario("topology that is a folder", "    Given the topology \"folder.yaml\"\n", inputs, "is a folder",
                null);
        feature.scenario("topology that is a named pipe", "    Given the topology \"t/pipe.yaml\"\n", inputs,
                "not a regular file", null);
        feature.scenario("topology outside the project", "    Given the topology \"../../../../etc/passwd\"\n", inputs,
                "outside the project", null);
        feature.scenario("topology that does not exist", "    Given the topology \"dc9.yaml\"\n", inputs,
                "does not exist", null);
        feature.scenario("topology name empty", "    Given the topology \"\"\n", inputs, "empty", null);
        feature.write();
    }

    private static void mutation(List<Input> inputs, Feature feature, String id, String find, String replace,
                                 String expected) {
        mutation(inputs, feature, id, find, replace, expected, 0);
    }

    /** {@code offset}: the problem is that many lines into the replacement. */
    private static void mutation(List<Input> inputs, Feature feature, String id, String find, String replace,
                                 String expected, int offset) {
        int at = BASE.indexOf(find);
        if (at < 0) {
            throw new IllegalArgumentException(id + ": '" + find + "' is not in the base topology");
        }
        int line = (int) BASE.substring(0, at).chars().filter(c -> c == '\n').count() + 1 + offset;
        String file = "t/" + unique(id) + ".yaml";
        files.add(new String[] {FEATURES + file, BASE.substring(0, at) + replace + BASE.substring(at + find.length())});
        feature.scenario("topology " + id, "    Given the topology \"" + file + "\"\n", inputs, expected.strip(),
                FEATURES + file + ":" + line + ":");
    }

    private static void whole(List<Input> inputs, Feature feature, String id, String text, String expected) {
        String file = "t/" + unique(id) + ".yaml";
        files.add(new String[] {FEATURES + file, text});
        feature.scenario("topology " + id, "    Given the topology \"" + file + "\"\n", inputs,
                expected == null ? FEATURES + file : expected, FEATURES + file);
    }

    // ---- step arguments -------------------------------------------------------------------------

    private static void stepArguments(List<Input> inputs) {
        Feature feature = new Feature("steps");
        String given = "    Given the topology \"racks.yaml\"\n";
        String move = "    When VM \"web01\" migrates to host \"esx3\"\n";
        String[][] steps = {
                {"load without rate unit", "    Given link \"esx1-leaf1\" already carries 10 Gbit\n", "accepted units"},
                {"load in lower case", "    Given link \"esx1-leaf1\" already carries 10 gbps\n", "Gbps"},
                {"load of 9000000 Tbps", "    Given link \"esx1-leaf1\" already carries 9000000 Tbps\n", "at most 10Gbps"},
                {"load as a size", "    Given link \"esx1-leaf1\" already carries 10 GiB\n", "accepted units"},
                {"load beyond a long", "    Given link \"esx1-leaf1\" already carries 99999999999999999999 bps\n",
                        "too large"},
                {"load on an unknown link", "    Given link \"esx1-leaf9\" already carries 1 Gbps\n", "esx1-leaf9"},
                {"down an unknown link", "    Given link \"nope\" is down\n", "nope"},
                {"down an unknown device", "    Given device \"leaf9\" is down\n", "leaf9"},
                {"vMotion share above 100%", "    Given vMotion traffic is limited to 150% of link \"esx1-leaf1\"\n",
                        "150%"},
                {"vMotion share beyond a long",
                        "    Given vMotion traffic is limited to 99999999999999999999% of every link\n", "99999999999999999999"},
                {"vMotion share of an unknown link", "    Given vMotion traffic is limited to 50% of link \"x\"\n", "\"x\""},
                {"dirty rate as a size", "    Given VM \"web01\" dirties its memory at 100 MB\n", "accepted units"},
                {"dirty rate of an unknown VM", "    Given VM \"web99\" dirties its memory at 100 MB/s\n", "web99"},
                {"dirty rate in furlongs", "    Given VM \"web01\" dirties its memory at 1 Xbps\n", "Xbps"},
                {"switchover limit in parsecs", "    Given the switchover time limit is 5 parsecs\n", "parsecs"},
                {"switchover limit beyond a long", "    Given the switchover time limit is 99999999999 h\n",
                        "too large"},
                {"flow to an unknown VM", "    Given VM \"web01\" talks to \"web99\" at 1 Gbps\n", "no VM or device named \"web99\""},
                {"flow in parsecs", "    Given VM \"web01\" talks to \"web02\" at 1 parsec\n", "parsec"},
                {"unknown VM moves", "    When VM \"web99\" migrates to host \"esx3\"\n", "web99"},
                {"VM moves to an unknown host", "    When VM \"web01\" migrates to host \"esx9\"\n", "esx9"},
                {"VM moves from the wrong host", "    When VM \"web01\" migrates from host \"esx3\" to host \"esx2\"\n",
                        "esx3"},
                {"VM moves to its own host", "    When VM \"web01\" migrates to host \"esx1\"\n", "esx1"},
                {"table with a bad header", "    When these migrations run at the same time:\n      | vm | host |\n"
                        + "      | web01 | esx3 |\n", "| vm | to |"},
                {"table with an unknown VM", "    When these migrations run at the same time:\n      | vm | to |\n"
                        + "      | web99 | esx3 |\n", "web99"},
                {"table with the VM twice", "    When these migrations run at the same time:\n      | vm | to |\n"
                        + "      | web01 | esx3 |\n      | web01 | esx2 |\n", "web01"},
                {"maintenance of an unknown host", "    When host \"esx9\" enters maintenance mode\n", "esx9"},
                {"consolidation of an unknown cluster", "    When cluster \"dev\" is consolidated onto 1 hosts\n", "dev"},
                {"consolidation onto 99999999999 hosts",
                        "    When cluster \"prod\" is consolidated onto 99999999999 hosts\n", "99999999999"},
                {"consolidation onto 0 hosts", "    When cluster \"prod\" is consolidated onto 0 hosts\n", "0"},
                {"consolidation onto -1 hosts", "    When cluster \"prod\" is consolidated onto -1 hosts\n", "-1"},
                {"consolidation onto more hosts than the cluster has",
                        "    When cluster \"prod\" is consolidated onto 7 hosts\n", "7"},
                {"time limit in parsecs", move + "    Then the migration completes within 5 parsecs\n", "parsecs"},
                {"time limit negative", move + "    Then the migration completes within -5 s\n",
                        "is not accepted: \"-5 s\" is negative; write a time span of zero or more"},
                {"time limit without a unit", move + "    Then the migration completes within 5\n",
                        "\"5\" has no unit; write a time span with its unit, e.g. 500ms; accepted units: ns, us, ms, s"},
                {"load of 1e30 Gbps", "    Given link \"esx1-leaf1\" already carries 1e30 Gbps\n",
                        "is not accepted: \"1e30 Gbps\" is too large; write a bandwidth of at most 9223372Tbps"},
                {"load of 1e3 Mbps", "    Given link \"esx1-leaf1\" already carries 1e3 Mbps\n", "in scientific notation"},
                {"volume with a thousands separator", move + "    Then at most 1,000 GiB is sent over the network\n",
                        "malformed number \"1,000\""},
                {"utilization without %", move + "    Then every link stays below 50 utilization\n",
                        "accepted units: %"},
                {"utilization negative", move + "    Then every link stays below -5% utilization\n", "is negative"},
                {"time limit beyond a long", move + "    Then the migration completes within 99999999999 h\n",
                        "too large"},
                {"downtime of an unknown VM", move + "    Then the switchover downtime of VM \"web99\" is at most 1 s\n",
                        "web99"},
                {"volume in exabytes", move + "    Then at most 5 XB is sent over the network\n", "XB"},
                {"utilization of an unknown link", move + "    Then link \"nope\" stays below 50% utilization\n", "nope"},
                {"VLAN 99999999999", "    Then VLAN 99999999999 is carried on every link between host \"esx1\" and host"
                        + " \"esx3\"\n", "99999999999"},
                {"VLAN 5000", "    Then VLAN 5000 is carried on every link between host \"esx1\" and host \"esx3\"\n",
                        "5000"},
                {"hops 99999999999", "    Then traffic from VM \"web01\" to its default gateway takes at most"
                        + " 99999999999 hops\n", "99999999999"},
                {"switches 99999999999", "    Then VLAN 110 spans at most 99999999999 switches\n", "99999999999"},
                {"gateway of an unknown VM", "    Then the default gateway of VM \"web99\" is served by \"core1\"\n",
                        "web99"},
                {"port groups of an unknown host", "    Then hosts \"esx1\" and \"esx9\" have the same port groups\n",
                        "esx9"},
                {"cluster unknown for port groups", "    Then every host in cluster \"dev\" has the same port groups\n",
                        "dev"},
                {"undefined step", "    Given the network is ready\n", "matches no step definition"},
                {"typo in a phrase", "    When VM \"web01\" migrate to host \"esx3\"\n",
                        "did you mean: When VM {string} migrates to host {string}"},
                {"doc string on a step that takes none", move + "      \"\"\"\n      esx3\n      \"\"\"\n",
                        "step 'When VM \"web01\" migrates to host \"esx3\"' (src/test/features/steps.feature:"},
                {"doc string on a step that takes none: the fix", move + "      \"\"\"\n      esx3\n      \"\"\"\n",
                        "takes no doc string; remove it"},
                {"table on a step that takes none", "    Given link \"esx1-leaf1\" is down\n      | link |\n"
                        + "      | esx1-leaf1 |\n", "takes no table; remove it"},
                {"inline change without its doc string", "    And the change:\n", "needs a doc string under it"},
                {"table step without its table", "    When these migrations run at the same time:\n",
                        "needs a table under it"},
                {"placeholder in a plain scenario", "    When VM \"<vm>\" migrates to host \"esx3\"\n",
                        "holds the placeholder <vm>, which no Examples column fills"},
                {"two flows of 9000000 Tbps", "    Given VM \"web01\" talks to \"web03\" at 9000000 Tbps\n"
                        + "    And VM \"web02\" talks to \"web03\" at 9000000 Tbps\n" + move
                        + "    And VM \"web02\" migrates to host \"esx3\"\n"
                        + "    Then the core carries at most 1 Gbps more traffic after the move\n",
                        "is beyond what netmove can compute"},
                {"a 9000000 Tbps flow", "    Given VM \"web01\" talks to \"web03\" at 9000000 Tbps\n" + move
                        + "    Then the core carries at most 1 Gbps more traffic after the move\n", "9000000Tbps"},
                {"dirty rate of 9000000 Tbps", "    Given VM \"web01\" dirties its memory at 9000000 Tbps\n" + move
                        + "    Then the migration completes within 1 second\n", "does not complete within 1s"},
        };
        for (String[] step : steps) {
            feature.scenario("step " + step[0], given + step[1], inputs, step[2], null);
        }
        files.add(new String[] {FEATURES + "t-extreme/huge-vm.yaml",
                BASE.replace("memory: 16GiB, dirtyRate: 100MB/s", "memory: 512TiB, dirtyRate: 100MB/s")});
        files.add(new String[] {FEATURES + "t-extreme/centuries.yaml",
                BASE.replace("memory: 16GiB, dirtyRate: 100MB/s", "memory: 1000000TiB").replace("speed: 10Gbps", "speed: 1Gbps")});
        feature.scenario("step a 512TiB VM on 10G", "    Given the topology \"t-extreme/huge-vm.yaml\"\n" + move
                + "    Then the migration completes within 1 minute\n", inputs, "completes after 8628min", null);
        feature.scenario("step a migration of centuries", "    Given the topology \"t-extreme/centuries.yaml\"\n" + move
                + "    Then the migration completes within 1 minute\n", inputs, "more than 100 years", null);
        feature.write();
    }

    // ---- doc strings ----------------------------------------------------------------------------

    private static void docStrings(List<Input> inputs) {
        Feature feature = new Feature("docstrings");
        String[][] docs = {
                {"unknown role", "devices:\n  a: { role: nope }\nlinks: []\n", "unknown role", "2"},
                {"speed without unit", "devices:\n  a: { role: core }\n  b: { role: core }\nlinks:\n"
                        + "  - { between: [a:e1, b:e1], speed: 10 }\n", "has no unit", "5"},
                {"no links", "devices:\n  a: { role: core }\n", "no links", "1"},
                {"duplicate device", "devices:\n  a: { role: core }\n  a: { role: core }\nlinks: []\n", "a", "3"},
                {"unknown key", "devices: {}\nlinks: []\nvlanz: 1\n", "vlanz", "3"},
                {"vm on no host", "devices:\n  a: { role: core }\nlinks: []\nvms:\n  v: { host: h, portGroup: w,"
                        + " memory: 1GiB }\n", "h", "5"},
                {"syntax error", "devices: { a: { role: core }\nlinks: []\n", "malformed YAML", "2"},
                {"tab", "devices:\n\ta: { role: core }\nlinks: []\n", "TAB", "2"},
                {"a list", "- a\n- b\n", "map", "1"},
                {"bad vlans", "devices:\n  a: { role: core, vlans: 5000 }\nlinks: []\n", "5000", "2"},
                {"vm name with spaces", "devices:\n  h: { role: host, portGroups: { w: 10 } }\nlinks: []\nvms:\n"
                        + "  \" v \": { host: h, portGroup: w, memory: 1GiB }\n", "surrounding spaces", "5"},
                {"port group VLAN yes", "devices:\n  h: { role: host, portGroups: { w: yes } }\nlinks: []\nvms:\n"
                        + "  v: { host: h, portGroup: w, memory: 1GiB }\n", "portGroups.w", "2"},
                {"memory 9000000TiB", "devices:\n  h: { role: host, portGroups: { w: 10 } }\nlinks: []\nvms:\n"
                        + "  v: { host: h, portGroup: w, memory: 9000000TiB }\n", "too large", "5"},
                {"load above speed", "devices:\n  a: { role: core }\n  b: { role: core }\nlinks:\n"
                        + "  - { between: [a:e1, b:e1], speed: 1Gbps, load: 2Gbps }\n", "load", "5"},
                {"ip out of range", "devices:\n  h: { role: host, vmotion: { vlan: 9, ip: 10.0.0.999/24 } }\n"
                        + "links: []\n", "10.0.0.999", "2"},
                {"empty", "", "docstrings.feature", null},
                {"migration profile", "devices: {}\nlinks: []\nmigration: { profile: vmware }\n", "vmware", "3"},
                {"flow of unknown vm", "devices: {}\nlinks: []\nflows:\n  - { from: x, to: y, rate: 1Gbps }\n", "x", "4"},
                {"route bad prefix", "devices:\n  a: { role: router, routes: [{ prefix: 10.0.0.0/99, via: 10.0.0.1 }] }\n"
                        + "links: []\n", "10.0.0.0/99", "2"},
                {"link to itself", "devices:\n  a: { role: core }\nlinks:\n  - { between: [a:e1, a:e1], speed: 1Gbps }\n",
                        "to itself", "4"},
        };
        for (String[] doc : docs) {
            int stepLine = feature.nextLine() + 1;
            // doc[0] is the id, doc[1] the YAML, doc[2] what the message says, doc[3] the YAML's line of the problem
            StringBuilder body = new StringBuilder("    Given the topology:\n      \"\"\"\n");
            if (!doc[1].isEmpty()) {
                for (String line : doc[1].stripTrailing().split("\n")) {
                    body.append("      ").append(line).append('\n');
                }
            }
            body.append("      \"\"\"\n");
            String placed = doc[3] == null ? null
                    : FEATURES + "docstrings.feature:" + (stepLine + 1 + Integer.parseInt(doc[3])) + ":";
            feature.scenario("doc string " + doc[0], body.toString(), inputs, doc[2], placed);
        }
        feature.write();
    }

    // ---- silent passes --------------------------------------------------------------------------

    private static void silentPasses(List<Input> inputs) {
        Feature feature = new Feature("silent");
        String given = "    Given the topology \"racks.yaml\"\n";
        feature.scenario("silent no steps", "", inputs, "nothing to check", null);
        String[][] thens = {
                {"every link without a migration", "    Then every link stays below 50% utilization\n", "no VM has migrated"},
                {"one link without a migration", "    Then link \"esx1-leaf1\" stays below 50% utilization\n",
                        "no VM has migrated"},
                {"time without a migration", "    Then the migration completes within 1 minute\n", "no VM has migrated"},
                {"volume without a migration", "    Then at most 1 GiB is sent over the network\n", "no VM has migrated"},
                {"downtime without a migration", "    Then the switchover downtime is at most 1 s\n", "no VM has migrated"},
                {"core without a migration", "    Then the migration traffic does not cross the core\n",
                        "no VM has migrated"},
                {"success without a migration", "    Then the migration succeeds\n", "migrat"},
                {"core traffic without flows", "    Then the core carries at most 1 Gbps more traffic after the move\n",
                        "no flows"},
                {"topology twice", "    Given the topology \"racks.yaml\"\n", "already has its topology"},
                {"topology then a doc string", "    Given the topology:\n      \"\"\"\n      devices: {}\n      links: []\n"
                        + "      \"\"\"\n", "already has its topology"},
                {"every link after a failed pre-check", "    When VM \"web01\" migrates to host \"esx2\"\n"
                        + "    And VM \"web01\" migrates to host \"esx2\"\n"
                        + "    Then every link stays below 100.1% utilization\n", "esx2"},
        };
        for (String[] then : thens) {
            feature.scenario("silent " + then[0], given + then[1], inputs, then[2], null);
        }
        feature.write();
    }

    // ---- outlines whose placeholders nothing fills ------------------------------------------------

    private static void outlines(List<Input> inputs) {
        String name = FEATURES + "outlines.feature";
        files.add(new String[] {name, "Feature: outlines\n\n"
                + "  Scenario Outline: outline without examples\n"
                + "    Given the topology \"racks.yaml\"\n"
                + "    When VM \"<vm>\" migrates to host \"esx3\"\n\n"
                + "  Scenario Outline: outline without a column\n"
                + "    Given the topology \"racks.yaml\"\n"
                + "    When VM \"<vm>\" migrates to host \"<host>\"\n"
                + "    Examples:\n"
                + "      | vm |\n"
                + "      | web01 |\n"});
        inputs.add(new Input("outline without examples", "outline without examples", name + ":3",
                "Scenario Outline 'outline without examples' (" + name + ":3) has no Examples, so its steps ran with"
                        + " <vm> as written: add an Examples: table", null));
        inputs.add(new Input("outline without a column", "outline without a column", name + ":12",
                "holds the placeholder <host>, which no Examples column fills: in a Scenario Outline add a column host",
                name + ":9"));
    }

    // ---- feature files that do not parse --------------------------------------------------------

    private static void brokenFeatureFiles(List<Input> inputs) {
        String[][] broken = {
                {"no feature line", "Scenario: x\n  Given the topology \"racks.yaml\"\n"},
                {"an unclosed doc string", "Feature: x\n  Scenario: y\n    Given the topology:\n      \"\"\"\n"
                        + "      devices: {}\n"},
                {"a table with a missing cell", "Feature: x\n  Scenario: y\n    When these migrations run at the same"
                        + " time:\n      | vm | to |\n      | web01 |\n"},
                {"two feature lines", "Feature: x\n  Scenario: y\n    Given a\nFeature: z\n"},
                {"a background after a scenario", "Feature: x\n  Scenario: y\n    Given a\n  Background:\n    Given b\n"},
                {"an unknown language", "# language: xx\nFeature: x\n"},
                {"stray text in a scenario", "Feature: x\n  Scenario: y\n    Given a\n    then stray words\n"},
                {"a tag on nothing", "Feature: x\n  Scenario: y\n    Given a\n  @smoke\n"},
                {"a rule without a feature", "Rule: r\n  Scenario: y\n    Given a\n"},
                {"examples with a missing cell", "Feature: x\n  Scenario Outline: y\n    Given <a>\n    Examples:\n"
                        + "      | a |\n      | 1 | 2 |\n"},
                {"two backgrounds", "Feature: x\n  Background:\n    Given a\n  Background:\n    Given b\n"},
                {"an unclosed backtick doc string", "Feature: x\n  Scenario: y\n    Given a\n    ```\n    text\n"},
                {"a scenario before the feature", "  Scenario: y\n    Given a\nFeature: x\n"},
                {"a tag line at the end", "Feature: x\n  Scenario: y\n    Given a\n@wip\n"},
        };
        for (String[] file : broken) {
            String name = FEATURES + "broken/" + slug(file[0]) + ".feature";
            files.add(new String[] {name, file[1]});
            inputs.add(new Input("feature file " + file[0], "Feature file " + name, name, "does not parse", null));
        }
    }

    // ---- writing --------------------------------------------------------------------------------

    private static int fileCount;

    /** A file name of its own for each input (two ids may slug alike: "-16GiB" and "16gib"). */
    private static String unique(String id) {
        return String.format("%03d-", ++fileCount) + slug(id);
    }

    static String slug(String id) {
        return id.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** A feature file being written, one scenario per input; knows each scenario's line. */
    private static final class Feature {
        private final String name;
        private final StringBuilder text;
        private int lines;

        Feature(String name) {
            this.name = name;
            this.text = new StringBuilder("Feature: hostile " + name + "\n\n");
            this.lines = 2;
        }

        int nextLine() {
            return lines + 1;
        }

        void scenario(String id, String steps, List<Input> inputs, String expected, String placedAt) {
            int line = lines + 1;
            text.append("  Scenario: ").append(id).append('\n').append(steps).append('\n');
            lines += 1 + (int) steps.chars().filter(c -> c == '\n').count() + 1;
            inputs.add(new Input(id, id, FEATURES + name + ".feature:" + line, expected, placedAt));
        }

        void write() {
            files.add(new String[] {FEATURES + name + ".feature", text.toString()});
        }
    }
}
