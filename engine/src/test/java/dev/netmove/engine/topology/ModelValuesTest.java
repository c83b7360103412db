package dev.netmove.engine.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.VlanSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** The small value types of the model: addresses, ends, links, STP, SVIs, migration settings. */
class ModelValuesTest {

    @Test
    void ipv4_addresses_parse_print_and_order() {
        assertThat(Ipv4Address.parse("10.1.110.21")).hasToString("10.1.110.21");
        assertThat(Ipv4Address.parse("255.255.255.255").unsignedBits()).isEqualTo(4_294_967_295L);
        assertThat(Ipv4Address.parse("200.0.0.1")).isGreaterThan(Ipv4Address.parse("10.0.0.1"));
        assertThatThrownBy(() -> Ipv4Address.parse("10.1.300.1")).isInstanceOf(AddressFormatException.class)
                .hasMessage("\"10.1.300.1\" has an octet above 255; expected an IPv4 address such as 10.1.110.21");
        assertThatThrownBy(() -> Ipv4Address.parse("10.1.1")).hasMessage("\"10.1.1\" has 3 octets, not 4; expected an "
                + "IPv4 address such as 10.1.110.21");
        assertThatThrownBy(() -> Ipv4Address.parse("10.1.1.1.")).hasMessageStartingWith("\"10.1.1.1.\" is not an IPv4 address");
    }

    @Test
    void prefixes_contain_addresses_and_refuse_host_bits() {
        Ipv4Prefix net = Ipv4Prefix.parse("10.1.110.0/24");

        assertThat(net.contains(Ipv4Address.parse("10.1.110.255"))).isTrue();
        assertThat(net.contains(Ipv4Address.parse("10.1.111.0"))).isFalse();
        assertThat(Ipv4Prefix.parse("0.0.0.0/0").contains(net)).isTrue();
        assertThatThrownBy(() -> Ipv4Prefix.parse("10.1.110.5/24"))
                .hasMessage("\"10.1.110.5/24\" has host bits set; expected the network address: 10.1.110.0/24");
        assertThatThrownBy(() -> Ipv4Prefix.parse("10.1.110.0/33")).hasMessageStartingWith("\"10.1.110.0/33\" has a prefix length above 32");
    }

    @Test
    void interface_addresses_know_their_subnet() {
        InterfaceAddress svi = InterfaceAddress.parse("10.1.110.2/24");

        assertThat(svi.subnet()).isEqualTo(Ipv4Prefix.parse("10.1.110.0/24"));
        assertThat(InterfaceAddress.parse("10.0.0.0/31").subnet()).hasToString("10.0.0.0/31");
        assertThat(svi.sameSubnet(InterfaceAddress.parse("10.1.110.3/24"))).isTrue();
        assertThatThrownBy(() -> InterfaceAddress.parse("10.1.110.255/24"))
                .hasMessage("\"10.1.110.255/24\" is the broadcast address of its subnet; expected an address between "
                        + "the network and broadcast addresses of its subnet");
        assertThatThrownBy(() -> InterfaceAddress.parse("10.1.110.2")).hasMessage("\"10.1.110.2\" has no prefix length; "
                + "expected an interface address with its prefix length such as 10.1.110.2/24");
    }

    @Test
    void stp_priority_per_vlan_falls_back_to_the_bridge_priority() {
        Stp stp = new Stp(4096, Map.of(110, 8192));

        assertThat(stp.priorityFor(110)).isEqualTo(8192);
        assertThat(stp.priorityFor(120)).isEqualTo(4096);
        assertThat(Stp.DEFAULT.priorityFor(1)).isEqualTo(32768);
        assertThatThrownBy(() -> Stp.of(5000)).hasMessageContaining("a multiple of 4096 up to 61440");
    }

    @Test
    void igp_cost_defaults_to_100g_over_speed_at_least_one() {
        LinkEnd a = LinkEnd.routed("r1", "e0", InterfaceAddress.parse("10.0.0.0/31"));
        LinkEnd b = LinkEnd.routed("r2", "e0", InterfaceAddress.parse("10.0.0.1/31"));

        assertThat(Link.of(a, b, Bandwidth.ofGbps(10)).igpCost()).isEqualTo(10);
        assertThat(Link.of(a, b, Bandwidth.ofGbps(40)).igpCost()).isEqualTo(2);
        assertThat(Link.of(a, b, Bandwidth.ofGbps(400)).igpCost()).isEqualTo(1);
        assertThat(Link.of(a, b, Bandwidth.ofMbps(100)).igpCost()).isEqualTo(1000);
        assertThat(Link.of(a, b, Bandwidth.ofGbps(10)).isRouted()).isTrue();
    }

    @Test
    void link_ends_and_directions() {
        Link link = Link.of(LinkEnd.trunk("agg1", "Eth1/49", VlanSet.parse("110,120"), 110),
                LinkEnd.access("core1", "Eth1/1", 120), Bandwidth.ofGbps(40))
                .withLoad(new LinkLoad(Bandwidth.ofGbps(3), Bandwidth.ofGbps(1)));

        assertThat(link.name()).isEqualTo("agg1:Eth1/49--core1:Eth1/1");
        assertThat(link.end("core1").port()).isEqualTo("Eth1/1");
        assertThat(link.other("core1").device()).isEqualTo("agg1");
        assertThat(link.otherDevice("agg1")).isEqualTo("core1");
        assertThat(link.connects("core1", "agg1")).isTrue();
        assertThat(link.connects("core1", "agg2")).isFalse();
        assertThat(link.loadFrom("agg1")).isEqualTo(Bandwidth.ofGbps(3));
        assertThat(link.loadFrom("core1")).isEqualTo(Bandwidth.ofGbps(1));
        assertThat(link.a().allows(120)).isTrue();
        assertThat(link.a().isUntagged(110)).isTrue();
        assertThat(link.b().isUntagged(120)).isTrue();
        assertThatThrownBy(() -> link.end("core2")).hasMessage("link agg1:Eth1/49--core1:Eth1/1 does not touch core2; "
                + "it joins agg1 and core1");
    }

    @Test
    void link_ends_refuse_settings_their_mode_does_not_have() {
        assertThatThrownBy(() -> new LinkEnd("sw1", "1", LinkMode.ACCESS, VlanSet.parse("110,120"), 110, Optional.empty()))
                .hasMessage("sw1:1: an access port carries exactly one VLAN, not 110,120");
        assertThatThrownBy(() -> new LinkEnd("r1", "1", LinkMode.ROUTED, VlanSet.NONE, 0, Optional.empty()))
                .hasMessage("r1:1: a routed port needs an IP");
        assertThatThrownBy(() -> LinkEnd.trunk("sw1", "1", VlanSet.ALL, 0)).hasMessage("sw1:1: native VLAN 0 is outside 1-4094");
    }

    @Test
    void an_fhrp_needs_the_svis_address_and_anycast_uses_it() {
        Ipv4Address vip = Ipv4Address.parse("10.1.110.1");
        InterfaceAddress ip = InterfaceAddress.parse("10.1.110.1/24");

        assertThat(new Svi(110, Optional.of(ip), Optional.of(new AnycastGateway(vip)), false).gatewayAddress()).contains(vip);
        assertThat(new Svi(110, Optional.of(InterfaceAddress.parse("10.1.110.2/24")), Optional.empty(), false)
                .gatewayAddress()).contains(Ipv4Address.parse("10.1.110.2"));
        assertThatThrownBy(() -> new Svi(110, Optional.empty(), Optional.of(new Hsrp(1, vip, 100)), false))
                .hasMessage("SVI 110 has hsrp but no ip; an FHRP needs the interface's own address");
        assertThatThrownBy(() -> new Vrrp(0, vip, 100)).hasMessage("VRRP group 0 is outside 1-255");
    }

    @Test
    void migration_profiles_hold_the_table_of_topology_md() {
        assertThat(MigrationSettings.defaults(MigrationProfile.KVM).streamCap()).contains(Bandwidth.parse("128MiB/s"));
        assertThat(MigrationSettings.defaults(MigrationProfile.KVM).convergence()).isEqualTo(Convergence.NEVER);
        assertThat(MigrationSettings.defaults(MigrationProfile.XEN).maxDowntime()).isEmpty();
        assertThat(MigrationSettings.defaults(MigrationProfile.XEN).maxRounds()).isEqualTo(OptionalInt.of(30));
        assertThat(MigrationProfile.XEN.stopBelowDirtyPages()).isEqualTo(OptionalInt.of(50));
        assertThat(MigrationSettings.defaults(MigrationProfile.HYPERV).concurrentPerHost()).isEqualTo(OptionalInt.of(2));
        assertThat(MigrationSettings.defaults(MigrationProfile.HYPERV).streamEfficiency()).isEqualTo(Percent.ofWhole(95));
        MigrationSettings vsphere = MigrationSettings.defaults();
        assertThat(vsphere.concurrentPerHost(Bandwidth.ofGbps(1))).isEqualTo(4);
        assertThat(vsphere.concurrentPerHost(Bandwidth.ofGbps(10))).isEqualTo(8);
        assertThat(MigrationSettings.defaults(MigrationProfile.KVM).concurrentPerHost(Bandwidth.ofGbps(10))).isEqualTo(1);
    }

    @Test
    void port_names_sort_naturally() {
        List<String> ports = new ArrayList<>(List.of("vmnic10", "vmnic2", "Eth1/10", "Eth1/2", "vmnic02", "Eth2/1"));

        ports.sort(PortOrder.NATURAL);

        assertThat(ports).containsExactly("Eth1/2", "Eth1/10", "Eth2/1", "vmnic2", "vmnic02", "vmnic10");
    }

    @Test
    void roles_know_switches_and_hosts() {
        assertThat(Role.fromYaml("aggregation")).contains(Role.AGGREGATION);
        assertThat(Role.fromYaml("Aggregation")).isEmpty();
        assertThat(Role.BORDER.isSwitch()).isTrue();
        assertThat(Role.FIREWALL.isSwitch()).isFalse();
        assertThat(Role.HOST.isHost()).isTrue();
        assertThat(Role.yamlNames()).containsExactly("host", "access", "leaf", "aggregation", "spine", "core", "border",
                "router", "firewall", "external");
    }
}
