package dev.netmove.engine.imports.configs;

import static dev.netmove.engine.imports.configs.Docs.at;
import static dev.netmove.engine.imports.configs.Docs.fact;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A VXLAN EVPN fabric: spine1 and leaf1 (NX-OS, anycast gateway), leaf2 (EOS, ip address virtual). */
class ConfigsReaderFabricTest {

    private static final Path FABRIC = Path.of("src/test/resources/imports/configs/fabric");

    private final SourceResult tenant = new ConfigsReader(ConfigsOptions.of(Map.of("vrfs", java.util.List.of("tenant-a")),
            "dc1.yaml")).read(FABRIC, "configs/fabric/", ImportRules.defaults());
    private final DocMap doc = tenant.document();

    @Test
    void vteps_and_their_vnis_from_nxos_vn_segments_and_eos_vxlan_vlan_lines() {
        assertThat(fact(doc, "devices leaf1 vxlan vtep")).isEqualTo("10.0.0.111 @ configs/fabric/leaf1.cfg:75");
        assertThat(fact(doc, "devices leaf1 vxlan vnis 110")).isEqualTo("10110 @ configs/fabric/leaf1.cfg:16");
        assertThat(fact(doc, "devices leaf1 vxlan vnis 120")).isEqualTo("10120 @ configs/fabric/leaf1.cfg:19");
        assertThat(at(doc, "devices leaf1 vxlan vnis 2001")).as("the layer-3 VNI stretches no VLAN").isNull();
        assertThat(fact(doc, "devices leaf2 vxlan vtep")).isEqualTo("10.0.0.112 @ configs/fabric/leaf2.cfg:31");
        assertThat(fact(doc, "devices leaf2 vxlan vnis 110")).isEqualTo("10110 @ configs/fabric/leaf2.cfg:47");
        assertThat(at(doc, "devices spine1 vxlan")).isNull();
    }

    @Test
    void anycast_gateways_of_a_tenant_vrf_named_in_the_options() {
        assertThat(fact(doc, "devices leaf1 svis 110 ip")).isEqualTo("10.1.110.1/24 @ configs/fabric/leaf1.cfg:33");
        assertThat(fact(doc, "devices leaf1 svis 110 anycast")).isEqualTo("true @ configs/fabric/leaf1.cfg:34");
        assertThat(fact(doc, "devices leaf2 svis 110 ip")).isEqualTo("10.1.110.1/24 @ configs/fabric/leaf2.cfg:38");
        assertThat(fact(doc, "devices leaf2 svis 110 anycast")).isEqualTo("true @ configs/fabric/leaf2.cfg:38");
        assertThat(at(doc, "devices leaf1 svis 2001")).as("an SVI without an IPv4 address").isNull();
    }

    @Test
    void without_the_tenant_vrf_its_svis_are_left_out_and_counted() {
        SourceResult plain = new ConfigsReader().read(FABRIC, "configs/fabric", ImportRules.defaults());
        assertThat(at(plain.document(), "devices leaf1 svis")).isNull();
        assertThat(plain.notes()).extracting(Object::toString).anyMatch(n -> n.contains("configs/fabric/leaf1.cfg:24")
                && n.contains("VRF tenant-a: 19 lines left out"));
        assertThat(plain.problems()).isEmpty();
    }

    @Test
    void routed_underlay_ports_and_trunks_to_the_hosts() {
        assertThat(fact(doc, "devices spine1 ports Ethernet1/2 ip")).isEqualTo("10.0.1.2/31 @ configs/fabric/spine1.cfg:23");
        assertThat(fact(doc, "devices leaf2 ports Ethernet1 mode")).isEqualTo("routed @ configs/fabric/leaf2.cfg:19");
        assertThat(fact(doc, "devices leaf1 ports Ethernet1/10 vlans")).isEqualTo("110,120 @ configs/fabric/leaf1.cfg:69");
        assertThat(fact(doc, "devices leaf2 ports Ethernet10 vlans")).isEqualTo("110 @ configs/fabric/leaf2.cfg:25");
        assertThat(at(doc, "devices leaf2 ports Loopback1")).isNull();
        assertThat(tenant.counts()).containsEntry("devices", 3).containsEntry("vnis", 4).containsEntry("svis", 4);
    }
}
