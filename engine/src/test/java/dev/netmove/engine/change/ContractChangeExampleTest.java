package dev.netmove.engine.change;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The change file TOPOLOGY.md shows ("Change files"), read from the contract itself and applied to a data center
 * it fits: each of its lines does what its comment says.
 */
class ContractChangeExampleTest {

    private static final Path TOPOLOGY_MD = Path.of("..", "..", "shared", "TOPOLOGY.md");

    static final String DC1 = """
            topology: dc1
            devices:
              core1: { role: core, vlans: "110,900" }
              core2: { role: core, vlans: "110,900" }
              agg1: { role: aggregation, vlans: "110,900" }
              agg2:
                role: aggregation
                vlans: "110,900"
                svis: { 110: { ip: 10.1.110.3/24, hsrp: { group: 1, vip: 10.1.110.1, priority: 100 } } }
              agg3: { role: aggregation, vlans: "110,900" }
              agg9: { role: aggregation, vlans: "110,900" }
              esx-a1:
                role: host
                cluster: prod
                portGroups: { web: 110 }
                vmotion: { vlan: 900, ip: 10.9.0.11/24 }
            links:
              - { between: [agg1:Eth1/50, core2:Eth1/2], speed: 40Gbps }
              - { name: agg3-core1, between: [agg3:Eth1/49, core1:Eth1/3], speed: 40Gbps, vlans: 110 }
              - { name: agg9-core1, between: [agg9:Eth1/49, core1:Eth1/4], speed: 40Gbps }
              - { name: esx-a1-agg1, between: [esx-a1:vmnic0, agg1:Eth1/1], speed: 10Gbps }
            flows:
              - { from: agg1, to: core1, rate: 1Gbps }
            """;

    /** The yaml block under the heading "## Change files". */
    private static String example() throws IOException {
        String md = Files.readString(TOPOLOGY_MD);
        String section = md.substring(md.indexOf("## Change files"));
        int start = section.indexOf("```yaml\n") + "```yaml\n".length();
        return section.substring(start, section.indexOf("```", start));
    }

    @Test
    void the_change_file_of_the_contract_does_what_each_of_its_lines_says() throws IOException {
        ChangeFile change = ChangeFile.parse("cr-1234.yaml", example(), 1);
        Topology after = NetworkChange.apply(new TopologyLoader().load("dc1.yaml", DC1), change);

        assertThat(change.title()).isEqualTo("CR-1234 prune VLAN 120 from the core");
        // merged into the existing device
        assertThat(after.requireDevice("agg2").svi(110).orElseThrow().fhrp().orElseThrow())
                .isInstanceOfSatisfying(Hsrp.class, h -> assertThat(h.priority()).isEqualTo(120));
        // removed, and every link of it
        assertThat(after.devices()).doesNotContainKey("agg9");
        assertThat(after.links()).extracting(Link::name).doesNotContain("agg9-core1");
        // a new device, a new link: its key becomes its name
        assertThat(after.requireDevice("agg5").vlans()).isEqualTo(VlanSet.parse("110,900"));
        assertThat(after.requireLink("agg5-core1").speed()).isEqualTo(Bandwidth.ofGbps(40));
        // merged into the existing link (both ends)
        assertThat(after.requireLink("agg3-core1").a().vlans()).isEqualTo(VlanSet.parse("110,900"));
        assertThat(after.requireLink("agg3-core1").b().vlans()).isEqualTo(VlanSet.parse("110,900"));
        // removed by its default name
        assertThat(after.links()).extracting(Link::name).doesNotContain("agg1:Eth1/50--core2:Eth1/2");
        assertThat(after.requireVm("web09").host()).isEqualTo("esx-a1");
        // a list replaces the list
        assertThat(after.flows()).isEmpty();
    }
}
