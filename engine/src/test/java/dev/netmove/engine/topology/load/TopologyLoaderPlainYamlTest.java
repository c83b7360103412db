package dev.netmove.engine.topology.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.netmove.engine.topology.Topology;
import org.junit.jupiter.api.Test;

/**
 * YAML that a YAML library would read differently from what the loader reads (TOPOLOGY.md
 * "Principles"): tags are refused, never ignored; whole numbers with a leading zero are refused as
 * ambiguous; valid JSON, with every escape JSON has, loads.
 */
class TopologyLoaderPlainYamlTest {

    private final TopologyLoader loader = new TopologyLoader();

    private String message(String yaml) {
        TopologyLoadException e = catchThrowableOfType(TopologyLoadException.class, () -> loader.load("dc1.yaml", yaml));
        assertThat(e).as("loading should fail").isNotNull();
        return e.getMessage();
    }

    private static String host(String portGroups) {
        return """
                devices:
                  esx1: { role: host, portGroups: %s }
                  leaf1: { role: leaf, vlans: 110 }
                links:
                  - between: [esx1:vmnic0, leaf1:Eth1/1]
                    speed: 10Gbps
                """.formatted(portGroups);
    }

    // ---- tags ------------------------------------------------------------------------------

    @Test
    void a_standard_tag_on_a_quantity_is_refused_where_it_is_written() {
        assertThat(message("""
                devices:
                  core1: { role: core }
                  core2: { role: core }
                links:
                  - between: [core1:Eth1/1, core2:Eth1/1]
                    speed: !!int 8GiB
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:6:12: links[0].speed: found the YAML tag !!int; expected plain YAML without tags (the loader \
                reads every value from its text): remove !!int""");
    }

    @Test
    void a_local_tag_is_refused() {
        assertThat(message("""
                devices:
                  core1: { role: core }
                  core2: { role: core }
                links:
                  - { between: [core1:Eth1/1, core2:Eth1/1], speed: !secret 40Gbps }
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:5:53: links[0].speed: found the YAML tag !secret; expected plain YAML without tags (the loader \
                reads every value from its text): remove !secret""");
    }

    @Test
    void a_java_object_tag_on_a_map_is_refused() {
        assertThat(message("""
                topology: !!java/object:javax.script.ScriptEngineManager [x]
                devices:
                  core1: !!map { role: core }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:1:11: topology: found the YAML tag !!java/object:javax.script.ScriptEngineManager; expected \
                plain YAML without tags (the loader reads every value from its text): remove \
                !!java/object:javax.script.ScriptEngineManager
                dc1.yaml:3:10: devices.core1: found the YAML tag !!map; expected plain YAML without tags (the loader \
                reads every value from its text): remove !!map""");
    }

    @Test
    void a_tag_in_json_is_refused_too() {
        assertThat(message("{\"devices\": {}, \"links\": !!seq []}")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:1:26: links: found the YAML tag !!seq; expected plain YAML without tags (the loader reads \
                every value from its text): remove !!seq""");
    }

    // ---- leading zeros ---------------------------------------------------------------------

    @Test
    void a_vlan_list_with_a_leading_zero_is_ambiguous() {
        assertThat(message("""
                devices:
                  core1: { role: core, vlans: 010 }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:2:31: devices.core1.vlans: found 010, a number with a leading zero, which is ambiguous: YAML \
                1.1 reads it as the octal number 8, YAML 1.2 as 10; expected a number without leading zeros: write 10""");
    }

    @Test
    void a_port_group_vlan_with_a_leading_zero_is_ambiguous() {
        assertThat(message(host("{ web: 0110 }"))).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:2:42: devices.esx1.portGroups.web: found 0110, a number with a leading zero, which is \
                ambiguous: YAML 1.1 reads it as the octal number 72, YAML 1.2 as 110; expected a number without \
                leading zeros: write 110""");
    }

    @Test
    void a_leading_zero_that_is_not_octal_is_ambiguous_too() {
        assertThat(message(host("{ web: 0109 }"))).contains("devices.esx1.portGroups.web: found 0109, a number with a "
                + "leading zero, which is ambiguous: YAML 1.1 reads it as text, YAML 1.2 as 109; expected a number "
                + "without leading zeros: write 109");
    }

    @Test
    void leading_zeros_are_refused_in_svi_keys_vlan_list_items_and_whole_numbers() {
        String message = message("""
                devices:
                  core1:
                    role: core
                    vlans: [10, 020]
                    stp: { priority: 04096 }
                    svis: { 010: { ip: 10.0.10.2/24 } }
                links: []
                """);

        assertThat(message).startsWith("dc1.yaml: 3 problems")
                .contains("dc1.yaml:4:17: devices.core1.vlans[1]: found 020, a number with a leading zero, which is "
                        + "ambiguous: YAML 1.1 reads it as the octal number 16, YAML 1.2 as 20")
                .contains("dc1.yaml:5:22: devices.core1.stp.priority: found 04096, a number with a leading zero, which "
                        + "is ambiguous: YAML 1.1 reads it as text, YAML 1.2 as 4096; expected a "
                        + "number without leading zeros: write 4096")
                .contains("dc1.yaml:6:13: devices.core1.svis.010: found 010, a number with a leading zero");
    }

    @Test
    void a_quoted_number_with_a_leading_zero_is_text_in_every_yaml_and_reads_as_written() {
        Topology t = loader.load("dc1.yaml", host("{ web: \"0110\" }"));

        assertThat(t.requireHost("esx1").hostConfig().portGroups().get("web").vlan()).isEqualTo(110);
    }

    @Test
    void zero_alone_is_no_leading_zero() {
        Topology t = loader.load("dc1.yaml", host("{ web: 0 }"));

        assertThat(t.requireHost("esx1").hostConfig().portGroups().get("web").vlan()).isZero();
    }

    // ---- JSON ------------------------------------------------------------------------------

    private static final String JSON_ESCAPES = """
            {
              "topology": "a\\/b \\"q\\" \\\\ \\b\\f\\n\\r\\t \\u00e9 \\ud83d\\ude00",
              "devices": {
                "core\\/1": {"role": "core"},
                "core2": {"role": "core"}
              },
              "links": [{"between": ["core\\/1:Eth1\\/1", "core2:Eth1/1"], "speed": "10Gbps"}]
            }
            """;

    private static void assertEscapesRead(Topology t) {
        assertThat(t.name()).isEqualTo("a/b \"q\" \\ \b\f\n\r\t é \uD83D\uDE00");
        assertThat(t.devices()).containsOnlyKeys("core/1", "core2");
        assertThat(t.links().get(0).a().port()).isEqualTo("Eth1/1");
    }

    @Test
    void json_with_every_escape_loads() {
        assertEscapesRead(loader.load("dc.json", JSON_ESCAPES));
    }

    @Test
    void json_with_escapes_loads_the_same_when_snakeyaml_reads_it() {
        // an anchor is outside what the fast parser reads: SnakeYAML reads this file
        String json = JSON_ESCAPES.replace("\"core2\": {\"role\": \"core\"}", "\"core2\": &c {\"role\": \"core\"}");

        assertEscapesRead(loader.load("dc.json", json));
    }

    @Test
    void a_json_error_after_an_escaped_slash_is_placed_at_its_column() {
        assertThat(message("{\"topology\": \"a\\/b\", \"devices\": {}, \"links\": [], \"extra\": &x 1}"))
                .isEqualTo("dc1.yaml: 1 problem\ndc1.yaml:1:50: extra: unknown key \"extra\"; expected one of: topology, "
                        + "devices, links, vms, flows, migration, import, importRules");
    }
}
