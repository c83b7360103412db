package dev.netmove.engine.topology.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of mistake in a topology file, with the exact message a user sees. */
class TopologyLoaderErrorsTest {

    private static final String UNITS = "accepted units: bps, Kbps, Mbps, Gbps, Tbps, Kbit/s, Mbit/s, Gbit/s, Tbit/s, "
            + "B/s, KB/s, MB/s, GB/s, KiB/s, MiB/s, GiB/s";
    private static final String YAML_HINT = "expected valid YAML: check the indentation, and quote values that contain "
            + "\": \" or \" #\" or start with one of [ ] { } , & * ! | > ' \" % @ `";

    private final TopologyLoader loader = new TopologyLoader();

    private TopologyLoadException failure(String yaml) {
        TopologyLoadException e = catchThrowableOfType(TopologyLoadException.class, () -> loader.load("dc1.yaml", yaml));
        assertThat(e).as("loading should fail").isNotNull();
        return e;
    }

    private String message(String yaml) {
        return failure(yaml).getMessage();
    }

    private static final String TWO_CORES = """
            devices:
              core1: { role: core }
              core2: { role: core }
            links:
              - between: [core1:Eth1/1, core2:Eth1/1]
            """;

    // ---- YAML ------------------------------------------------------------------------------

    @Test
    void a_nul_byte_is_reported_at_its_line_and_column() {
        assertThat(message("devices:\n  core1: { role: co\0re }\nlinks: []\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:2:20: found the character U+0000 (a NUL byte), which YAML does not allow; expected text only: \
                remove it (a file saved as UTF-16, or binary data pasted in, holds such characters)""");
    }

    @Test
    void a_speed_that_rounds_to_zero_is_quoted_as_written_and_an_unknown_top_key_hint_lists_import() {
        assertThat(message("""
                devices: { a: { role: core }, b: { role: core } }
                links:
                  - { between: [a:Eth1, b:Eth1], speed: 0.0000001bps }
                """)).contains("links[0].speed: found speed 0.0000001bps; expected more than zero");
        assertThat(message("""
                Devices: { a: { role: core } }
                links: []
                """)).contains("unknown key \"Devices\" (did you mean \"devices\"?); expected one of: topology,"
                        + " devices, links, vms, flows, migration, import, importRules");
    }

    @Test
    void malformed_yaml_is_reported_at_snakeyamls_position() {
        assertThat(message("""
                devices:
                  core1: { role: core
                links: []
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:3:6: malformed YAML: expected ',' or '}', but got : (while parsing a flow mapping at 2:10); \
                """ + YAML_HINT);
    }

    @Test
    void bad_indentation_is_malformed_yaml() {
        assertThat(message("""
                devices:
                  core1:
                    role: core
                   vlans: 10
                links: []
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:4:4: malformed YAML: expected <block end>, but found '<block mapping start>' (while parsing \
                a block mapping at 2:3); \
                """ + YAML_HINT);
    }

    @Test
    void duplicate_key_names_both_places() {
        assertThat(message("""
                devices:
                  agg1: { role: aggregation }
                  agg1: { role: core }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:3:3: devices.agg1: duplicate key "agg1" (first at 2:3); expected each key once: remove or \
                rename one of them""");
    }

    @Test
    void empty_file_is_refused() {
        assertThat(message("# nothing yet\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml: the file is empty; expected a map with the keys topology, devices and links""");
    }

    @Test
    void a_list_at_the_top_is_refused() {
        assertThat(message("- core1\n- core2\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:1:1: found a list; expected a map with the keys topology, devices, links, vms, flows, migration, import, importRules""");
    }

    @Test
    void two_documents_are_refused() {
        assertThat(message("devices: {}\nlinks: []\n---\ndevices: {}\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:3:1: found a second YAML document (after ---); expected one document per topology file: \
                split it into two files""");
    }

    @Test
    void alias_bomb_is_refused() {
        assertThat(message("""
                a: &a [1, 2, 3, 4, 5, 6, 7, 8, 9]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:4:16: too many YAML aliases (more than 20): alias expansion is limited to protect against \
                alias bombs; expected at most 20 aliases (*name) of lists or maps: write the repeated settings out, \
                or use fewer anchors""");
    }

    @Test
    void file_above_the_size_limit_is_refused_before_reading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(TopologyLoader.MAX_FILE_BYTES + 1);
        }

        TopologyLoadException e = catchThrowableOfType(TopologyLoadException.class, () -> loader.load(big));

        assertThat(e.getMessage()).isEqualTo(big + ": 1 problem\n" + big + ": the file is 67108865 bytes, more than "
                + "the limit of 67108864 bytes (64 MiB); expected a topology file of at most 64 MiB: split it, or "
                + "remove what the scenarios do not need");
    }

    @Test
    void missing_file_is_reported_with_where_it_was_looked_for(@TempDir Path dir) {
        Path missing = dir.resolve("dc9.yaml");

        TopologyLoadException e = catchThrowableOfType(TopologyLoadException.class, () -> loader.load(missing));

        assertThat(e.getMessage()).isEqualTo(missing + ": 1 problem\n" + missing + ": no such file (looked for "
                + missing.toAbsolutePath() + "); expected a topology file at this path");
    }

    @Test
    void file_that_is_not_utf8_is_refused(@TempDir Path dir) throws IOException {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, new byte[] {'a', ':', ' ', (byte) 0xe9, '\n'});

        TopologyLoadException e = catchThrowableOfType(TopologyLoadException.class, () -> loader.load(latin1));

        assertThat(e.problems()).extracting(Problem::message)
                .containsExactly("found bytes that are not UTF-8 text; expected a UTF-8 file (save it as UTF-8)");
    }

    // ---- keys and types --------------------------------------------------------------------

    @Test
    void unknown_key_suggests_the_closest_allowed_key_and_is_not_also_missing() {
        assertThat(message(TWO_CORES + "    speeed: 10Gbps\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:6:5: links[0].speeed: unknown key "speeed" (did you mean "speed"?); expected one of: name, \
                between, speed, latency, mode, vlans, native, load, lag, qos, fhrpFilter, ip, cost""");
    }

    @Test
    void a_list_where_a_map_belongs_and_a_map_where_a_list_belongs() {
        assertThat(message("""
                devices:
                  - core1
                links: {}
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:2:3: devices: found a list; expected a map of device name to its settings, such as core1: { role: core }
                dc1.yaml:3:8: links: found a map; expected a list of links such as - { between: [agg1:Eth1/49, \
                core1:Eth1/1], speed: 40Gbps }""");
    }

    @Test
    void a_word_where_a_number_belongs() {
        assertThat(message("""
                devices:
                  core1: { role: core, stp: { priority: high } }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:2:41: devices.core1.stp.priority: found "high"; expected a bridge priority: a whole number \
                from 0 to 61440""");
    }

    @Test
    void a_list_where_a_quantity_belongs() {
        assertThat(message(TWO_CORES + "    speed: [10Gbps]\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:6:12: links[0].speed: found a list; expected a bandwidth such as 10Gbps""");
    }

    @Test
    void bare_number_where_a_unit_is_needed_lists_the_units() {
        assertThat(message(TWO_CORES + "    speed: 40\n    latency: 5\n")).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:6:12: links[0].speed: "40" has no unit; write a bandwidth with its unit, e.g. 10Gbps; \
                """ + UNITS + """

                dc1.yaml:7:14: links[0].latency: "5" has no unit; write a time span with its unit, e.g. 500ms; \
                accepted units: ns, us, ms, s, min, h, nanosecond(s), microsecond(s), millisecond(s), second(s), \
                minute(s), hour(s)""");
    }

    @Test
    void unknown_unit_suggests_the_closest_units() {
        assertThat(message(TWO_CORES + "    speed: 40Gbs\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:6:12: links[0].speed: unknown unit "Gbs" in "40Gbs"; write a bandwidth with its unit, e.g. \
                10Gbps;\s""" + UNITS + " (did you mean \"GB/s\" or \"Gbps\"?)");
    }

    @Test
    void vlan_outside_1_to_4094_is_refused_wherever_it_is_written() {
        assertThat(message("""
                devices:
                  core1: { role: core, vlans: 10,5000 }
                  core2: { role: core, svis: { 4095: {} } }
                links:
                  - between: [core1:Eth1/1, core2:Eth1/1]
                    speed: 40Gbps
                    native: 0
                """)).isEqualTo("""
                dc1.yaml: 3 problems
                dc1.yaml:2:31: devices.core1.vlans: VLAN 5000 is out of range; VLAN IDs run from 1 to 4094
                dc1.yaml:3:32: devices.core2.svis.4095: VLAN 4095 is out of range; VLAN IDs run from 1 to 4094
                dc1.yaml:7:13: links[0].native: VLAN 0 is out of range; VLAN IDs run from 1 to 4094""");
    }

    @Test
    void unknown_role_lists_the_roles_and_explains_switch() {
        assertThat(message("""
                devices:
                  core1: { role: swtich }
                  agg1: { role: aggregaton }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:2:18: devices.core1.role: unknown role "swtich" (a switch is one of: access, leaf, \
                aggregation, spine, core, border); expected one of: host, access, leaf, aggregation, spine, core, \
                border, router, firewall, external
                dc1.yaml:3:17: devices.agg1.role: unknown role "aggregaton" (did you mean "aggregation"?); expected \
                one of: host, access, leaf, aggregation, spine, core, border, router, firewall, external""");
    }

    @Test
    void device_without_role_is_refused() {
        assertThat(message("devices:\n  core1: { vlans: 10 }\nlinks: []\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:2:3: devices.core1: device "core1" has no role; expected role: one of host, access, leaf, \
                aggregation, spine, core, border, router, firewall, external""");
    }

    // ---- devices ---------------------------------------------------------------------------

    @Test
    void svi_on_a_vlan_the_device_does_not_have() {
        assertThat(message("""
                devices:
                  acc1: { role: access, vlans: 110, svis: { 120: { ip: 10.1.120.2/24 } } }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:2:45: devices.acc1.svis.120: found an SVI on VLAN 120, which acc1 does not have (its vlans: \
                110); expected a VLAN of the device: add 120 to its vlans""");
    }

    @Test
    void fhrp_vip_outside_the_subnet_and_priority_out_of_range() {
        assertThat(message("""
                devices:
                  agg1:
                    role: aggregation
                    vlans: 110
                    svis:
                      110:
                        ip: 10.1.110.2/24
                        hsrp: { group: 1, vip: 10.1.111.1, priority: 300 }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:8:32: devices.agg1.svis.110.hsrp.vip: found vip 10.1.111.1, outside the SVI's subnet \
                10.1.110.0/24; expected an address in 10.1.110.0/24
                dc1.yaml:8:54: devices.agg1.svis.110.hsrp.priority: found 300, out of range; expected an FHRP \
                priority: a whole number from 0 to 255""");
    }

    @Test
    void fhrp_without_the_svis_own_address() {
        assertThat(message("""
                devices:
                  agg1: { role: aggregation, vlans: 110, svis: { 110: { hsrp: { vip: 10.1.110.1 } } } }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:2:57: devices.agg1.svis.110.hsrp: found hsrp on SVI 110 without an ip; expected ip: the \
                SVI's own address, such as 10.1.110.2/24, next to hsrp""");
    }

    @Test
    void vpc_peer_that_does_not_point_back_or_does_not_exist() {
        assertThat(message("""
                devices:
                  agg1: { role: aggregation, vpc: { peer: agg2 } }
                  agg2: { role: aggregation }
                  agg3: { role: aggregation, vpc: { peer: agg-4 } }
                  agg4: { role: aggregation, vpc: { peer: agg1 } }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 3 problems
                dc1.yaml:2:43: devices.agg1.vpc.peer: found vPC peer agg2, but agg2 has no vpc; expected the pair to \
                name each other: add vpc: { peer: agg1 } to agg2
                dc1.yaml:4:43: devices.agg3.vpc.peer: unknown device "agg-4" as vPC peer (did you mean "agg4"?); \
                expected the name of the other device of the pair
                dc1.yaml:5:43: devices.agg4.vpc.peer: found vPC peer agg1, but agg1 names agg2 as its peer; expected \
                the pair to name each other""");
    }

    @Test
    void host_settings_on_a_switch_and_switch_settings_on_a_host() {
        assertThat(message("""
                devices:
                  core1: { role: core, portGroups: { web: 110 } }
                  esx1: { role: host, vlans: 110, stp: { priority: 4096 } }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 3 problems
                dc1.yaml:2:24: devices.core1.portGroups: found portGroups on core1, a device with role core; expected \
                portGroups only on hosts (role: host)
                dc1.yaml:3:23: devices.esx1.vlans: found vlans on a host; expected a host's VLANs to come from its \
                portGroups and vmotion: remove vlans, or give the port groups their VLANs
                dc1.yaml:3:35: devices.esx1.stp: found stp on a host (role: host); expected only role, site, pod, \
                cluster, memory, portGroups, vmotion, uplinks on a host""");
    }

    @Test
    void host_nic_without_a_link() {
        assertThat(message("""
                devices:
                  leaf1: { role: leaf, vlans: 110,900 }
                  esx1:
                    role: host
                    portGroups: { web: 110 }
                    vmotion: { vlan: 900, ip: 10.9.0.1/24, nics: [vmnic0, vmnic2] }
                    uplinks: [vmnic0, vmnic0]
                links:
                  - between: [esx1:vmnic0, leaf1:Eth1/1]
                    speed: 10Gbps
                  - between: [esx1:vmnic1, leaf1:Eth1/2]
                    speed: 10Gbps
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:6:59: devices.esx1.vmotion.nics[1]: found NIC "vmnic2", but no link uses esx1:vmnic2 (did \
                you mean "vmnic0" or "vmnic1"?); expected a port of one of esx1's links: vmnic0, vmnic1
                dc1.yaml:7:23: devices.esx1.uplinks[1]: found NIC "vmnic0" twice; expected each NIC once""");
    }

    @Test
    void port_group_vlan_outside_range_or_not_a_number() {
        assertThat(message("""
                devices:
                  esx1: { role: host, portGroups: { web: 110, bad: 5000, worse: tagged } }
                links: []
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:2:52: devices.esx1.portGroups.bad: found VLAN 5000, outside 1-4094; expected a VLAN id from 1 \
                to 4094, or 0 or "untagged" for untagged frames
                dc1.yaml:2:65: devices.esx1.portGroups.worse: found "tagged"; expected a VLAN id from 1 to 4094, or 0 \
                or "untagged" for untagged frames""");
    }

    // ---- links -----------------------------------------------------------------------------

    @Test
    void link_to_an_unknown_device_suggests_the_closest_device() {
        assertThat(message("""
                devices:
                  agg-1: { role: aggregation }
                  core1: { role: core }
                links:
                  - between: [agg1:Eth1/1, core1:Eth1/1]
                    speed: 40Gbps
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:5:15: links[0].between[0]: unknown device "agg1" in "agg1:Eth1/1" (did you mean "agg-1"?); \
                expected device:port with a device listed under devices""");
    }

    @Test
    void endpoint_without_device_and_port() {
        assertThat(message("""
                devices:
                  acc1: { role: access }
                  core1: { role: core }
                links:
                  - between: [acc1, core1:Eth1/1]
                    speed: 10Gbps
                  - between: [{ port: ":Eth1/1" }, core1:Eth1/2]
                    speed: 10Gbps
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:5:15: links[0].between[0]: found "acc1"; expected device:port such as agg1:Eth1/49
                dc1.yaml:7:23: links[1].between[0].port: found ":Eth1/1"; expected device:port such as agg1:Eth1/49""");
    }

    @Test
    void port_used_by_two_links_names_both_links() {
        assertThat(message("""
                devices:
                  agg1: { role: aggregation }
                  core1: { role: core }
                  core2: { role: core }
                links:
                  - between: [agg1:Eth1/1, core1:Eth1/1]
                    speed: 40Gbps
                  - name: agg1-core2
                    between: [agg1:Eth1/1, core2:Eth1/1]
                    speed: 40Gbps
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:9:15: links[1].between[0]: found port agg1:Eth1/1 on link "agg1-core2", but link \
                "agg1:Eth1/1--core1:Eth1/1" (links[0], 6:5) already uses it; expected each port on one link only""");
    }

    @Test
    void link_without_speed_and_a_bad_speed_is_not_also_missing() {
        assertThat(message(TWO_CORES + """
                  - between: [core1:Eth1/2, core2:Eth1/2]
                    speed: fast
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:5:5: links[0]: link "core1:Eth1/1--core2:Eth1/1" has no speed; expected speed: such as \
                10Gbps (every link needs one)
                dc1.yaml:7:12: links[1].speed: "fast" does not start with a number; write a bandwidth with its unit, \
                e.g. 10Gbps;\s""" + UNITS);
    }

    @Test
    void duplicate_link_names_point_at_the_first() {
        assertThat(message("""
                devices:
                  core1: { role: core }
                  core2: { role: core }
                links:
                  - { name: x, between: [core1:Eth1/1, core2:Eth1/1], speed: 40Gbps }
                  - { name: x, between: [core1:Eth1/2, core2:Eth1/2], speed: 40Gbps }
                """)).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:6:13: links[1].name: found the link name "x" again (first at links[0], 5:13); expected a \
                unique name per link""");
    }

    @Test
    void lag_members_joining_different_device_pairs_or_speeds() {
        assertThat(message("""
                devices:
                  agg1: { role: aggregation }
                  core1: { role: core }
                  core2: { role: core }
                links:
                  - { name: a, between: [agg1:Eth1/1, core1:Eth1/1], speed: 40Gbps, lag: po10 }
                  - { name: b, between: [agg1:Eth1/2, core2:Eth1/1], speed: 40Gbps, lag: po10 }
                  - { name: c, between: [agg1:Eth1/3, core1:Eth1/3], speed: 10Gbps, lag: po10 }
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:7:74: links[1].lag: found lag "po10" on agg1 joining "a" (to core1) and "b" (to core2); \
                expected all members of a port-channel between the same two devices, or to the two peers of a vPC \
                pair (give the port-channel to each neighbour its own lag name)
                dc1.yaml:8:74: links[2].lag: found lag "po10" with members of different speeds: "a" is 40Gbps, "c" \
                is 10Gbps; expected one speed for all members of a port-channel""");
    }

    @Test
    void routed_link_without_ips_and_cost_on_a_trunk() {
        assertThat(message("""
                devices:
                  core1: { role: core }
                  wan1: { role: router }
                links:
                  - { between: [core1:Eth1/1, wan1:Gi0/0], speed: 10Gbps, mode: routed }
                  - { between: [core1:Eth1/2, { port: wan1:Gi0/1, ip: 10.0.0.1/31 }], speed: 10Gbps, mode: routed }
                  - { between: [core1:Eth1/3, wan1:Gi0/2], speed: 10Gbps, cost: 5 }
                """)).isEqualTo("""
                dc1.yaml: 3 problems
                dc1.yaml:5:5: links[0]: routed link "core1:Eth1/1--wan1:Gi0/0" has no IPs; expected ip: \
                [10.0.0.0/31, 10.0.0.1/31] on the link (one address per end, in the order of between) or ip: on the end
                dc1.yaml:6:5: links[1]: routed link "core1:Eth1/2--wan1:Gi0/1" has no IP on core1:Eth1/2; expected \
                ip: [10.0.0.0/31, 10.0.0.1/31] on the link (one address per end, in the order of between) or ip: on \
                the end
                dc1.yaml:7:59: links[2].cost: found cost on link "core1:Eth1/3--wan1:Gi0/2", which is not routed; \
                expected cost only on routed links (mode: routed): spanning tree sets its own port costs""");
    }

    @Test
    void port_settings_that_do_not_fit_the_mode_are_reported_once_per_link() {
        assertThat(message("""
                devices:
                  sw1: { role: access, vlans: 110,120 }
                  sw2: { role: access, vlans: 110,120 }
                links:
                  - { between: [sw1:1, sw2:1], speed: 1Gbps, mode: access, vlans: 110,120 }
                  - { between: [sw1:2, sw2:2], speed: 1Gbps, mode: access, native: 5 }
                  - { between: [sw1:3, sw2:3], speed: 1Gbps, mode: routed, vlans: 110, ip: [10.0.0.0/31, 10.0.0.1/31] }
                  - { between: [sw1:4, sw2:4], speed: 1Gbps, ip: [10.0.0.0/31, 10.0.0.1/31] }
                  - { between: [{ port: sw1:5, mode: access }, sw2:5], speed: 1Gbps, vlans: 110,120 }
                  - { between: [sw1:6, sw2:6], speed: 1Gbps, mode: trunc, load: 2Gbps }
                """)).isEqualTo("""
                dc1.yaml: 7 problems
                dc1.yaml:5:67: links[0].vlans: found VLANs 110,120 on an access link; expected exactly one VLAN: an \
                access port carries a single VLAN untagged
                dc1.yaml:6:68: links[1].native: found native on an access link; expected native only on trunks: an \
                access port's VLAN is set with vlans
                dc1.yaml:7:67: links[2].vlans: found vlans on a routed link; expected no vlans: a routed port carries \
                no VLANs (use mode: trunk to carry them)
                dc1.yaml:8:50: links[3].ip: found an ip on a trunk link; expected ip only on routed ports (mode: routed)
                dc1.yaml:9:77: links[4].vlans: found VLANs 110,120 on sw1:5, an access port; expected exactly one \
                VLAN: an access port carries a single VLAN untagged
                dc1.yaml:10:52: links[5].mode: unknown mode "trunc" (did you mean "trunk"?); expected one of: trunk, \
                access, routed
                dc1.yaml:10:65: links[5].load: found load 2Gbps, more than the link's speed 1Gbps; expected at most \
                1Gbps""");
    }

    @Test
    void link_with_three_ends_or_to_itself() {
        assertThat(message("""
                devices:
                  sw1: { role: access }
                  sw2: { role: access }
                links:
                  - { between: [sw1:7, sw2:7, sw2:8], speed: 1Gbps }
                  - { between: [sw1:9, sw1:10], speed: 1Gbps }
                """)).isEqualTo("""
                dc1.yaml: 2 problems
                dc1.yaml:5:16: links[0].between: found 3 ends; expected exactly two ends, such as [agg1:Eth1/49, \
                core1:Eth1/1]
                dc1.yaml:6:16: links[1].between: found a link from sw1 to itself; expected two different devices""");
    }

    // ---- VMs and flows ---------------------------------------------------------------------

    private static final String ONE_HOST = """
            devices:
              esx-a1: { role: host, portGroups: { web: 110, db: 120 } }
              core1: { role: core }
            links: []
            """;

    @Test
    void vm_on_a_host_that_does_not_exist() {
        assertThat(message(ONE_HOST + "vms:\n  web01: { host: esx-a9, portGroup: web, memory: 16GiB }\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:6:18: vms.web01.host: unknown host "esx-a9" (did you mean "esx-a1"?); expected the name of a \
                device with role: host""");
    }

    @Test
    void vm_on_a_device_that_is_not_a_host() {
        assertThat(message(ONE_HOST + "vms:\n  web01: { host: core1, portGroup: web, memory: 16GiB }\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:6:18: vms.web01.host: found "core1", a device with role core, not a host; expected the name \
                of a device with role: host""");
    }

    @Test
    void port_group_unknown_on_its_host_lists_the_hosts_port_groups() {
        assertThat(message(ONE_HOST + "vms:\n  web01: { host: esx-a1, portGroup: wbe, memory: 16GiB }\n")).isEqualTo("""
                dc1.yaml: 1 problem
                dc1.yaml:6:37: vms.web01.portGroup: found port group "wbe", which host esx-a1 does not have (did you \
                mean "web"?); expected one of its port groups: db, web""");
    }

    @Test
    void vm_settings_out_of_range_and_missing_memory() {
        assertThat(message(ONE_HOST + """
                vms:
                  core1: { host: esx-a1, portGroup: web, memory: 16GiB }
                  vm2: { host: esx-a1, portGroup: web, memory: 16GiB, workingSet: 20GiB, inUse: 150% }
                  vm3: { host: esx-a1, portGroup: web }
                """)).isEqualTo("""
                dc1.yaml: 4 problems
                dc1.yaml:6:3: vms.core1: found VM "core1" with the name of a device; expected VM names that differ from \
                device names (flows name both)
                dc1.yaml:7:67: vms.vm2.workingSet: found workingSet 20GiB, more than the VM's memory 16GiB; expected \
                at most 16GiB
                dc1.yaml:7:81: vms.vm2.inUse: found 150%; expected a share from 0% to 100%
                dc1.yaml:8:8: vms.vm3: missing memory; expected memory: the VM's memory, such as 16GiB""");
    }

    @Test
    void flow_to_an_unknown_endpoint_or_to_itself() {
        assertThat(message(ONE_HOST + """
                vms:
                  web01: { host: esx-a1, portGroup: web, memory: 16GiB }
                  db01: { host: esx-a1, portGroup: db, memory: 16GiB }
                flows:
                  - { from: web01, to: db-01, rate: 1Gbps }
                  - { from: web01, to: web01, rate: 1Gbps }
                  - { from: web01, to: core1 }
                """)).isEqualTo("""
                dc1.yaml: 3 problems
                dc1.yaml:9:24: flows[0].to: unknown VM or device "db-01" (did you mean "db01"?); expected the name of \
                a VM or a device
                dc1.yaml:10:24: flows[1].to: found a flow from web01 to itself; expected two different endpoints
                dc1.yaml:11:5: flows[2]: missing rate; expected rate: the flow's rate, such as 300Mbps""");
    }

    // ---- migration -------------------------------------------------------------------------

    @Test
    void migration_keys_with_bad_values() {
        assertThat(message("""
                devices: { core1: { role: core } }
                links: []
                migration: { profile: vmware, maxRounds: lots, concurrentPerHost: 0, convergence: slow }
                """)).isEqualTo("""
                dc1.yaml: 4 problems
                dc1.yaml:3:23: migration.profile: unknown profile "vmware"; expected one of: vsphere, kvm, xen, hyperv
                dc1.yaml:3:42: migration.maxRounds: found "lots"; expected a number of rounds (or none): a whole \
                number from 1 to 1000000
                dc1.yaml:3:67: migration.concurrentPerHost: found 0, out of range; expected a number of concurrent \
                migrations (or auto): a whole number from 1 to 1000
                dc1.yaml:3:83: migration.convergence: unknown convergence "slow"; expected one of: slow-guest, \
                give-up, never""");
    }

    // ---- all at once -----------------------------------------------------------------------

    @Test
    void every_problem_of_a_file_is_reported_at_once_in_file_order() {
        TopologyLoadException e = failure("""
                topology: dc1
                devices:
                  agg1: { role: aggregation, vlans: 110 }
                  core1: { role: core }
                  esx1: { role: host, portGroups: { web: 110 } }
                links:
                  - between: [agg1:Eth1/1, core1:Eth1/1]
                    speed: 40
                  - between: [agg1:Eth1/2, core-1:Eth1/2]
                    speed: 40Gbps
                vms:
                  web01: { host: esx1, portGroup: web, memory: 16 GiB, inUse: 60 }
                """);

        assertThat(e.file()).isEqualTo("dc1.yaml");
        assertThat(e.problems()).extracting(Problem::line, Problem::column, Problem::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8, 12, "links[0].speed"),
                        org.assertj.core.groups.Tuple.tuple(9, 28, "links[1].between[1]"),
                        org.assertj.core.groups.Tuple.tuple(12, 63, "vms.web01.inUse"));
        assertThat(e.getMessage()).startsWith("dc1.yaml: 3 problems\ndc1.yaml:8:12: links[0].speed: \"40\" has no unit");
    }

    @Test
    void problem_prints_as_file_line_column_path_message() {
        assertThat(new Problem("dc1.yaml", 3, 5, "devices.agg1.svis.110.hsrp.priority", "found 300; expected 0-255"))
                .hasToString("dc1.yaml:3:5: devices.agg1.svis.110.hsrp.priority: found 300; expected 0-255");
        assertThat(new Problem("dc1.yaml", 3, 5, "", "malformed YAML")).hasToString("dc1.yaml:3:5: malformed YAML");
        assertThat(new Problem("dc1.yaml", 0, 0, "", "the file is empty")).hasToString("dc1.yaml: the file is empty");
    }
}
