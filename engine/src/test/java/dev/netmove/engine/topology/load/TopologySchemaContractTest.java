package dev.netmove.engine.topology.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.netmove.engine.imports.SourceReaders;
import dev.netmove.engine.schema.TopologySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped topology schema is never stricter than the loader: every topology file of the project that the
 * loader takes validates against it, and its keys are the loader's keys (read from the loader's key tables),
 * key for key. What the schema can catch on its own (an unknown key, a bad unit, a VLAN out of range) fails it.
 */
class TopologySchemaContractTest {

    /**
     * Keys the schema already describes that the loader on this branch does not take yet: the change file's
     * title (issue 14) and the configs entry's options (the configs reader is not wired into the loader yet).
     * Empty this list as they land.
     */
    static final Set<String> SCHEMA_KEYS_AHEAD_OF_THE_LOADER = Set.of("change", "import[].dialect", "import[].vrfs");

    /** Source kinds the schema describes whose reader is not registered yet (IMPORT.md lists them all). */
    static final Set<String> SOURCE_KINDS_AHEAD_OF_THE_LOADER = Set.of("netbox", "configs", "rvtools", "govc");

    private static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    private final JsonNode schemaTree = readSchemaTree();
    private final Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(schemaTree);

    private static JsonNode readSchemaTree() {
        try {
            return JSON.readTree(TopologySchema.text());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void every_topology_file_the_loader_takes_validates_against_the_schema() throws IOException {
        List<Path> loaded = new ArrayList<>();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (Path file : topologyCandidates()) {
            if (!loads(file)) {
                continue;
            }
            loaded.add(file);
            List<Error> errors = schema.validate(YAML.readTree(file.toFile()));
            if (!errors.isEmpty()) {
                failures.put(PROJECT.relativize(file).toString(), errors.stream().map(Error::toString).toList());
            }
        }
        assertThat(failures).as("files the loader takes but the schema refuses").isEmpty();
        assertThat(loaded).as("topology files found in the project's tests, features and src/it").hasSizeGreaterThan(15);
    }

    @Test
    void every_key_the_loader_takes_is_in_the_schema_and_every_schema_key_is_taken() {
        Map<String, Set<String>> loader = loaderKeys();
        Map<String, Set<String>> described = schemaKeys();
        assertThat(described.keySet()).containsExactlyInAnyOrderElementsOf(loader.keySet());
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, Set<String>> place : loader.entrySet()) {
            for (String key : place.getValue()) {
                if (!described.get(place.getKey()).contains(key)) {
                    missing.add(place.getKey() + "." + key);
                }
            }
            for (String key : described.get(place.getKey())) {
                String at = place.getKey().isEmpty() ? key : place.getKey() + "." + key;
                if (!place.getValue().contains(key) && !SCHEMA_KEYS_AHEAD_OF_THE_LOADER.contains(at)) {
                    extra.add(at);
                }
            }
        }
        assertThat(missing).as("keys the loader takes that the schema lacks").isEmpty();
        assertThat(extra).as("keys the schema describes that the loader refuses").isEmpty();
    }

    @Test
    void every_source_kind_the_loader_reads_is_in_the_schema() {
        Set<String> kinds = new TreeSet<>();
        for (JsonNode option : schemaTree.at("/definitions/importSource/anyOf")) {
            kinds.add(option.get("required").get(0).asText());
        }
        assertThat(kinds).containsAll(SourceReaders.standard().kinds());
        Set<String> ahead = new TreeSet<>(kinds);
        ahead.removeAll(SourceReaders.standard().kinds());
        assertThat(SOURCE_KINDS_AHEAD_OF_THE_LOADER).containsAll(ahead);
    }

    @Test
    void an_unknown_key_fails_the_schema() {
        assertThat(errors("devices:\n  agg1: { role: aggregation, vlan: 110 }\nlinks: []\n"))
                .anySatisfy(e -> assertThat(e).contains("vlan"));
        assertThat(errors("topology: x\ndevice: {}\n")).isNotEmpty();
    }

    @Test
    void a_quantity_with_a_bad_unit_or_none_fails_the_schema() {
        String link = "devices: {}\nlinks:\n  - { between: [a:p1, b:p1], speed: %s }\n";
        assertThat(errors(link.formatted("10Gbs"))).anySatisfy(e -> assertThat(e).contains("speed"));
        assertThat(errors(link.formatted("10"))).anySatisfy(e -> assertThat(e).contains("speed"));
        assertThat(errors(link.formatted("10Gbps"))).isEmpty();
        assertThat(errors(link.formatted("\"2.5 Gbit/s\""))).isEmpty();
        assertThat(errors("devices: {}\nlinks: []\nvms:\n  web01: { host: h, portGroup: web, memory: 16Gib }\n"))
                .anySatisfy(e -> assertThat(e).contains("memory"));
    }

    @Test
    void a_vlan_out_of_range_fails_the_schema() {
        assertThat(errors("devices: {}\nlinks:\n  - { between: [a:p1, b:p1], speed: 1Gbps, native: 4095 }\n"))
                .anySatisfy(e -> assertThat(e).contains("native"));
        assertThat(errors("devices:\n  agg1: { role: aggregation, vlans: \"100-5000\" }\nlinks: []\n")).isNotEmpty();
        assertThat(errors("devices:\n  agg1: { role: aggregation, svis: { 4095: { ip: 10.0.0.1/24 } } }\nlinks: []\n"))
                .isNotEmpty();
        assertThat(errors("devices:\n  agg1: { role: aggregation, vlans: \"1-4094\" }\nlinks: []\n")).isEmpty();
    }

    @Test
    void a_change_file_validates_against_the_same_schema() {
        String change = """
                change: CR-1234 prune VLAN 120 from the core
                topology: dc1
                devices:
                  agg2: { svis: { 110: { hsrp: { priority: 120 } } } }
                  agg9: null
                  agg5: { role: aggregation, vlans: 110,900 }
                links:
                  agg3-core1: { vlans: 110,900 }
                  "agg1:Eth1/50--core2:Eth1/2": null
                  agg5-core1: { between: [agg5:Eth1/1, core1:Eth1/9], speed: 40Gbps }
                vms:
                  web09: { host: esx-a1, portGroup: web, memory: 8GiB }
                flows: []
                """;
        assertThat(errors(change)).isEmpty();
    }

    @Test
    void an_import_declaration_with_rules_and_configs_options_validates() {
        String imports = """
                topology: dc1
                import:
                  - netbox: sources/netbox/
                  - { configs: sources/configs/, dialect: nxos, vrfs: [tenant-a] }
                  - lldp: sources/lldp.csv
                importRules:
                  roles: { "^core": core, "^agg": aggregation }
                  names: { stripDomain: true, lowerCase: true }
                  memoryUnit: MiB
                  defaultSpeed: none
                devices:
                  core1: { stp: { priority: 4096 } }
                """;
        assertThat(errors(imports)).isEmpty();
        assertThat(errors("import:\n  - { lldp: a.csv, dialect: nxos }\n")).isNotEmpty();
    }

    private List<String> errors(String yaml) {
        try {
            return schema.validate(YAML.readTree(yaml)).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The loader's key tables, by the place in a file they govern (a dotted path of the schema's shape). */
    private static Map<String, Set<String>> loaderKeys() {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        Set<String> top = new TreeSet<>(TopologyReader.TOP_KEYS.names());
        top.add(ImportedTopologyReader.IMPORT);
        top.add(ImportedTopologyReader.RULES);
        keys.put("", top);
        keys.put("device", new TreeSet<>(DeviceReader.DEVICE_KEYS.names()));
        keys.put("device.stp", new TreeSet<>(DeviceReader.STP_KEYS.names()));
        keys.put("device.vpc", new TreeSet<>(DeviceReader.VPC_KEYS.names()));
        keys.put("device.vxlan", new TreeSet<>(DeviceReader.VXLAN_KEYS.names()));
        keys.put("device.routes[]", new TreeSet<>(DeviceReader.ROUTE_KEYS.names()));
        keys.put("device.vmotion", new TreeSet<>(HostReader.VMOTION_KEYS.names()));
        keys.put("svi", new TreeSet<>(SviReader.SVI_KEYS.names()));
        keys.put("fhrp", new TreeSet<>(SviReader.FHRP_KEYS.names()));
        keys.put("link", new TreeSet<>(LinkReader.LINK_KEYS.names()));
        keys.put("link.between[]", new TreeSet<>(LinkEndReader.END_KEYS.names()));
        keys.put("link.load", new TreeSet<>(LinkReader.LOAD_KEYS.names()));
        keys.put("link.qos", new TreeSet<>(LinkReader.QOS_KEYS.names()));
        keys.put("vm", new TreeSet<>(WorkloadReader.VM_KEYS.names()));
        keys.put("flow", new TreeSet<>(WorkloadReader.FLOW_KEYS.names()));
        keys.put("migration", new TreeSet<>(MigrationReader.MIGRATION_KEYS.names()));
        keys.put("importRules", new TreeSet<>(ImportDeclaration.RULE_KEYS.names()));
        keys.put("importRules.names", new TreeSet<>(ImportDeclaration.NAME_KEYS.names()));
        keys.put("import[]", new TreeSet<>());
        return keys;
    }

    /** The same places in the schema: the property names each object there allows. */
    private Map<String, Set<String>> schemaKeys() {
        JsonNode defs = schemaTree.get("definitions");
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        keys.put("", names(schemaTree));
        JsonNode device = defs.get("device");
        keys.put("device", names(device));
        keys.put("device.stp", names(device.at("/properties/stp")));
        keys.put("device.vpc", names(device.at("/properties/vpc")));
        keys.put("device.vxlan", names(device.at("/properties/vxlan")));
        keys.put("device.routes[]", names(device.at("/properties/routes/items")));
        keys.put("device.vmotion", names(device.at("/properties/vmotion")));
        keys.put("svi", names(defs.get("svi")));
        keys.put("fhrp", names(defs.get("fhrp")));
        JsonNode link = defs.get("link");
        keys.put("link", names(link));
        keys.put("link.between[]", names(objectOf(defs.get("linkEnd").get("anyOf"))));
        keys.put("link.load", names(objectOf(link.at("/properties/load/anyOf"))));
        keys.put("link.qos", names(link.at("/properties/qos")));
        keys.put("vm", names(defs.get("vm")));
        keys.put("flow", names(defs.get("flow")));
        keys.put("migration", names(defs.get("migration")));
        keys.put("importRules", names(defs.get("importRules")));
        keys.put("importRules.names", names(defs.at("/importRules/properties/names")));
        Set<String> options = new TreeSet<>();
        for (JsonNode source : defs.at("/importSource/anyOf")) {
            Set<String> here = names(source);
            here.remove(source.get("required").get(0).asText());
            options.addAll(here);
        }
        keys.put("import[]", options);
        return keys;
    }

    private static JsonNode objectOf(JsonNode anyOf) {
        for (JsonNode option : anyOf) {
            if (option.has("properties")) {
                return option;
            }
        }
        throw new AssertionError("no object among " + anyOf);
    }

    private static Set<String> names(JsonNode objectSchema) {
        assertThat(objectSchema.path("additionalProperties").asBoolean(true))
                .as("an object of the schema that allows unknown keys: " + objectSchema).isFalse();
        Set<String> names = new TreeSet<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static boolean loads(Path file) {
        try {
            new TopologyLoader().load(file, PROJECT.relativize(file).toString(), PROJECT);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<Path> topologyCandidates() throws IOException {
        List<Path> roots = List.of(PROJECT.resolve("engine/src/test"), PROJECT.resolve("scenarios-dsl/src/test"),
                PROJECT.resolve("features/src"), PROJECT.resolve("src/test-topologies"), PROJECT.resolve("src/it"));
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                        .filter(p -> !p.toString().contains("/target"))
                        .sorted().forEach(files::add);
            }
        }
        return files;
    }
}
