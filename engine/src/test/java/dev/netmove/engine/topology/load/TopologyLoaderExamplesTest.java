package dev.netmove.engine.topology.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.Convergence;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Glbp;
import dev.netmove.engine.topology.Hsrp;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.Ipv4Address;
import dev.netmove.engine.topology.Ipv4Prefix;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.LinkLoad;
import dev.netmove.engine.topology.LinkMode;
import dev.netmove.engine.topology.MigrationProfile;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.StaticRoute;
import dev.netmove.engine.topology.Stp;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.topology.VmotionInterface;
import dev.netmove.engine.topology.Vrrp;
import dev.netmove.engine.topology.AnycastGateway;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Loads the examples of TOPOLOGY.md and a realistic two-pod data center, and checks what they say. */
class TopologyLoaderExamplesTest {

    private final TopologyLoader loader = new TopologyLoader();

    static Path resource(String name) {
        try {
            return Path.of(TopologyLoaderExamplesTest.class.getResource("/topologies/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Topology load(String name) {
        return loader.load(resource(name));
    }

    @Test
    void device_example_loads_every_switch_setting() {
        Topology t = load("spec-devices.yaml");

        assertThat(t.name()).isEqualTo("dc-classic");
        assertThat(t.source()).isEqualTo("spec-devices.yaml");
        assertThat(t.devices().keySet()).containsExactly("core1", "agg2", "esx-a1");
        Device core1 = t.requireDevice("core1");
        assertThat(core1.role()).isEqualTo(Role.CORE);
        assertThat(core1.site()).contains("dc1");
        assertThat(core1.pod()).contains("a");
        assertThat(core1.vlans()).isEqualTo(VlanSet.parse("10,110,120,900"));
        assertThat(core1.stp()).contains(new Stp(4096, Map.of(110, 8192)));
        assertThat(core1.stp().get().priorityFor(110)).isEqualTo(8192);
        assertThat(core1.stp().get().priorityFor(120)).isEqualTo(4096);
        assertThat(core1.svis()).containsOnlyKeys(110);
        assertThat(core1.svi(110).get().ip()).contains(InterfaceAddress.parse("10.1.110.2/24"));
        assertThat(core1.svi(110).get().fhrp()).contains(new Hsrp(1, Ipv4Address.parse("10.1.110.1"), 110));
        assertThat(core1.svi(110).get().transit()).isFalse();
        assertThat(core1.vpcPeer()).contains("agg2");
        assertThat(core1.vxlan().get().vtep()).isEqualTo(Ipv4Address.parse("10.0.0.11"));
        assertThat(core1.vxlan().get().vlanToVni()).containsExactly(Map.entry(110, 10110));
        assertThat(core1.routes()).isEmpty();
        assertThat(core1.host()).isEmpty();

        Device agg2 = t.requireDevice("agg2");
        assertThat(agg2.svi(110).get().fhrp()).contains(new Hsrp(1, Ipv4Address.parse("10.1.110.1"), 100));
        assertThat(agg2.stp()).contains(Stp.DEFAULT);
        assertThat(agg2.pod()).isEmpty();
        assertThat(agg2.routes()).containsExactly(
                new StaticRoute(Ipv4Prefix.parse("0.0.0.0/0"), Ipv4Address.parse("10.1.110.2")));
    }

    @Test
    void device_example_loads_the_host_and_derives_its_vlans() {
        Topology t = load("spec-devices.yaml");

        Device host = t.requireHost("esx-a1");
        assertThat(host.isHost()).isTrue();
        assertThat(host.stp()).isEmpty();
        assertThat(host.effectiveVlans()).isEqualTo(VlanSet.parse("110,120,900"));
        assertThat(host.hostConfig().cluster()).isEqualTo("prod-a");
        assertThat(host.hostConfig().memory()).contains(DataSize.ofGiB(512));
        assertThat(host.hostConfig().portGroups()).containsExactly(
                Map.entry("db", new PortGroup("db", 120)), Map.entry("web", new PortGroup("web", 110)));
        assertThat(host.hostConfig().vmotion()).contains(
                new VmotionInterface(900, InterfaceAddress.parse("10.9.0.11/24"), List.of()));
        assertThat(host.hostConfig().uplinks()).containsExactly("vmnic0", "vmnic1");
        assertThat(t.hosts()).containsExactly(host);
    }

    @Test
    void link_example_loads_every_link_setting() {
        Topology t = load("spec-links.yaml");

        Link link = t.requireLink("agg1-core1");
        assertThat(link.a()).isEqualTo(LinkEnd.trunk("agg1", "Eth1/49", VlanSet.ALL, 1));
        assertThat(link.b()).isEqualTo(LinkEnd.trunk("core1", "Eth1/1", VlanSet.ALL, 1));
        assertThat(link.speed()).isEqualTo(Bandwidth.ofGbps(40));
        assertThat(link.latency()).isEqualTo(TimeSpan.ofNanos(5_000));
        assertThat(link.load()).isEqualTo(new LinkLoad(Bandwidth.ofGbps(12), Bandwidth.ofGbps(3)));
        assertThat(link.loadFrom("core1")).isEqualTo(Bandwidth.ofGbps(3));
        assertThat(link.lag()).contains("po10");
        assertThat(link.vmotionShare()).contains(Percent.ofWhole(20));
        assertThat(link.fhrpFilter()).isTrue();
        assertThat(link.cost()).isEmpty();
        assertThat(link.igpCost()).isEqualTo(2);
    }

    @Test
    void link_example_applies_the_defaults() {
        Topology t = load("spec-links.yaml");

        Link member = t.requireLink("agg1:Eth1/50--core1:Eth1/2");
        assertThat(member.latency()).isEqualTo(Link.DEFAULT_LATENCY);
        assertThat(member.load()).isEqualTo(LinkLoad.of(Bandwidth.ofGbps(12)));
        assertThat(member.lag()).contains("po10");
        assertThat(member.vmotionShare()).isEmpty();
        assertThat(member.fhrpFilter()).isFalse();
        assertThat(member.a().mode()).isEqualTo(LinkMode.TRUNK);
        assertThat(member.a().vlans()).isEqualTo(VlanSet.ALL);
        assertThat(member.a().nativeVlan()).isEqualTo(1);
        assertThat(t.linksOf("agg1")).extracting(Link::name)
                .containsExactly("agg1-core1", "agg1:Eth1/50--core1:Eth1/2", "leaf1:Eth1/49--agg1:Eth1/1");
    }

    @Test
    void link_example_routed_link_has_its_ips_and_cost() {
        Topology t = load("spec-links.yaml");

        Link routed = t.requireLink("core1-core2");
        assertThat(routed.isRouted()).isTrue();
        assertThat(routed.a()).isEqualTo(LinkEnd.routed("core1", "Eth1/53", InterfaceAddress.parse("10.0.0.0/31")));
        assertThat(routed.b()).isEqualTo(LinkEnd.routed("core2", "Eth1/53", InterfaceAddress.parse("10.0.0.1/31")));
        assertThat(routed.cost()).isEqualTo(OptionalLong.of(10));
        assertThat(routed.igpCost()).isEqualTo(10);
    }

    @Test
    void per_end_settings_override_the_link_and_mismatches_are_kept() {
        Topology t = load("spec-links.yaml");

        Link hostLink = t.linkAt("esx-a1", "vmnic0").orElseThrow();
        assertThat(hostLink.name()).isEqualTo("esx-a1:vmnic0--leaf1:Eth1/1");
        assertThat(hostLink.end("esx-a1")).isEqualTo(LinkEnd.trunk("esx-a1", "vmnic0", VlanSet.of(110, 120), 110));
        assertThat(hostLink.other("esx-a1")).isEqualTo(LinkEnd.trunk("leaf1", "Eth1/1", VlanSet.ALL, 110));

        Link mismatch = t.linkAt("agg1", "Eth1/1").orElseThrow();
        assertThat(mismatch.a()).isEqualTo(LinkEnd.trunk("leaf1", "Eth1/49", VlanSet.ALL, 1));
        assertThat(mismatch.b()).isEqualTo(LinkEnd.access("agg1", "Eth1/1", 110));
        assertThat(mismatch.latency()).isEqualTo(TimeSpan.ofNanos(1_500_000));
        assertThat(mismatch.speed()).isEqualTo(Bandwidth.ofGbps(1));
    }

    @Test
    void switch_without_vlans_has_only_the_default_vlan() {
        Topology t = load("spec-links.yaml");

        assertThat(t.requireDevice("core2").vlans()).isEqualTo(VlanSet.of(1));
        assertThat(t.requireDevice("core2").stp()).contains(Stp.DEFAULT);
    }

    @Test
    void vm_example_loads_every_vm_setting_and_the_defaults() {
        Topology t = load("spec-vms.yaml");

        assertThat(t.requireVm("web01")).isEqualTo(new Vm("web01", "esx-a1", "web",
                Optional.of(Ipv4Address.parse("10.1.110.21")), DataSize.ofGiB(16), Percent.ofWhole(60),
                Bandwidth.parse("150MB/s"), DataSize.ofGiB(2)));
        Vm db = t.requireVm("db01");
        assertThat(db.ip()).isEmpty();
        assertThat(db.inUse()).isEqualTo(Percent.HUNDRED);
        assertThat(db.dirtyRate()).isEqualTo(Bandwidth.ZERO);
        assertThat(db.workingSet()).isEqualTo(DataSize.ofBytes(61_847_529_062L)); // 90% of 64GiB, rounded down
        assertThat(t.vms().keySet()).containsExactly("web01", "db01");
    }

    @Test
    void flow_example_names_vms_and_devices() {
        Topology t = load("spec-vms.yaml");

        assertThat(t.flows()).extracting(f -> f.from() + ">" + f.to() + " " + f.rate())
                .containsExactly("web01>db01 300Mbps", "db01>fw1 1Gbps");
    }

    @Test
    void migration_example_loads_every_key() {
        Topology t = load("spec-migration.yaml");

        assertThat(t.migration()).isEqualTo(new MigrationSettings(MigrationProfile.VSPHERE,
                Optional.of(TimeSpan.ofMillis(500)), OptionalInt.empty(), TimeSpan.ofSeconds(1), DataSize.ofMiB(8),
                TimeSpan.ofMillis(20), Percent.ofWhole(95), Optional.of(Bandwidth.ofGbps(15)), OptionalInt.empty(),
                Convergence.SLOW_GUEST));
        // TOPOLOGY.md's example writes streamCap 15Gbps; the vsphere default is now 19Gbps (calibration.md, issue 15:
        // one vmknic measured 18 Gbit/s on 40GbE), so the example differs from the defaults in that key alone
        assertThat(t.migration().streamCap()).isNotEqualTo(MigrationSettings.defaults().streamCap());
        assertThat(t.migration().limits()).isEqualTo(dev.netmove.engine.topology.MigrationLimits.defaults(
                MigrationProfile.VSPHERE));
        assertThat(t.links()).isEmpty();
    }

    @Test
    void migration_profile_picks_its_defaults_and_keys_override_them() {
        Topology t = loader.load("kvm.yaml", """
                devices: { core1: { role: core } }
                links: []
                migration: { profile: xen, maxRounds: 12, streamCap: 10Gbps, concurrentPerHost: auto }
                """);

        MigrationSettings m = t.migration();
        assertThat(m.profile()).isEqualTo(MigrationProfile.XEN);
        assertThat(m.maxDowntime()).isEmpty();
        assertThat(m.maxRounds()).isEqualTo(OptionalInt.of(12));
        assertThat(m.streamCap()).contains(Bandwidth.ofGbps(10));
        assertThat(m.concurrentPerHost()).isEmpty();
        assertThat(m.convergence()).isEqualTo(Convergence.GIVE_UP);
        assertThat(t.name()).isEqualTo("kvm");
    }

    @Test
    void two_pod_data_center_loads_devices_by_role_in_file_order() {
        Topology t = load("two-pod.yaml");

        assertThat(t.name()).isEqualTo("two-pod");
        assertThat(t.devices()).hasSize(15);
        assertThat(t.devicesWithRole(Role.CORE)).extracting(Device::name).containsExactly("core1", "core2");
        assertThat(t.devicesWithRole(Role.AGGREGATION)).extracting(Device::name)
                .containsExactly("agga1", "agga2", "aggb1", "aggb2");
        assertThat(t.devicesWithRole(Role.ACCESS)).extracting(Device::name)
                .containsExactly("acca1", "acca2", "accb1", "accb2");
        assertThat(t.hosts()).extracting(Device::name).containsExactly("esx-a1", "esx-a2", "esx-b1", "esx-b2");
        assertThat(t.devicesWithRole(Role.ROUTER)).extracting(Device::name).containsExactly("wan1");
        assertThat(t.devicesWithRole(Role.SPINE)).isEmpty();
        assertThat(t.requireDevice("wan1").stp()).isEmpty();
        assertThat(t.requireDevice("wan1").vlans()).isEqualTo(VlanSet.of(1));
    }

    @Test
    void two_pod_data_center_loads_its_gateways() {
        Topology t = load("two-pod.yaml");

        assertThat(t.requireDevice("agga1").svi(110).get().fhrp())
                .contains(new Hsrp(110, Ipv4Address.parse("10.1.110.1"), 110));
        assertThat(t.requireDevice("agga2").svi(120).get().fhrp())
                .contains(new Hsrp(120, Ipv4Address.parse("10.1.120.1"), 100));
        assertThat(t.requireDevice("aggb1").svi(130).get().fhrp())
                .contains(new Vrrp(13, Ipv4Address.parse("10.1.130.1"), 120));
        assertThat(t.requireDevice("aggb2").svi(130).get().gatewayAddress()).contains(Ipv4Address.parse("10.1.130.1"));
        assertThat(t.requireDevice("core1").stp().get().priorityFor(110)).isEqualTo(4096);
        assertThat(t.requireDevice("wan1").routes()).containsExactly(
                new StaticRoute(Ipv4Prefix.parse("10.1.0.0/16"), Ipv4Address.parse("10.0.0.0")));
    }

    @Test
    void two_pod_data_center_loads_its_links() {
        Topology t = load("two-pod.yaml");

        assertThat(t.links()).hasSize(29);
        assertThat(t.links()).filteredOn(l -> l.lag().isPresent()).extracting(Link::name)
                .containsExactly("core1-core2-a", "core1-core2-b");
        assertThat(t.links()).filteredOn(Link::isRouted).extracting(Link::name).containsExactly("core1-wan1");
        assertThat(t.requireLink("core1-wan1").latency()).isEqualTo(TimeSpan.ofMicros(50));
        assertThat(t.requireLink("core1-wan1").igpCost()).isEqualTo(5);
        assertThat(t.requireLink("agga1-core1").igpCost()).isEqualTo(2);
        assertThat(t.requireLink("agga1-core1").load()).isEqualTo(LinkLoad.of(Bandwidth.ofGbps(8)));
        assertThat(t.requireLink("aggb1-core1").loadFrom("core1")).isEqualTo(Bandwidth.ofGbps(9));
        assertThat(t.linkAt("esx-a1", "vmnic0").orElseThrow().vmotionShare()).contains(Percent.ofWhole(40));
        assertThat(t.linkAt("esx-b1", "vmnic1").orElseThrow().end("esx-b1").vlans())
                .isEqualTo(VlanSet.parse("110,120,130,900"));
        assertThat(t.linkAt("esx-b1", "vmnic1").orElseThrow().end("accb2").vlans()).isEqualTo(VlanSet.ALL);
        assertThat(t.linksOf("core1")).hasSize(7);
    }

    @Test
    void two_pod_data_center_loads_hosts_vms_and_flows() {
        Topology t = load("two-pod.yaml");

        assertThat(t.requireHost("esx-a1").hostConfig().uplinks()).containsExactly("vmnic0", "vmnic1");
        assertThat(t.requireHost("esx-a2").hostConfig().uplinks()).containsExactly("vmnic1", "vmnic0");
        assertThat(t.requireHost("esx-a2").hostConfig().vmotion().get().nics()).containsExactly("vmnic1", "vmnic0");
        assertThat(t.requireHost("esx-b1").effectiveVlans()).isEqualTo(VlanSet.parse("110,120,130,900"));
        assertThat(t.vms().keySet()).containsExactly("web01", "db01", "app01", "web02");
        assertThat(t.requireVm("db01").dirtyRate()).isEqualTo(Bandwidth.parse("400MB/s"));
        assertThat(t.requireVm("app01").portGroup()).isEqualTo("app");
        assertThat(t.vmsOn("esx-a1")).extracting(Vm::name).containsExactly("web01");
        assertThat(t.flows()).hasSize(3);
        assertThat(t.migration().maxDowntime()).contains(TimeSpan.ofSeconds(1));
        // the vsphere default (issue 15: 18 Gbit/s measured for one vMotion stream, at 95% efficiency)
        assertThat(t.migration().streamCap()).contains(Bandwidth.ofGbps(19));
    }

    @Test
    void json_is_yaml_too() {
        Topology t = loader.load("dc.json", """
                {
                \t"topology": "from-json",
                \t"devices": {
                \t\t"leaf1": { "role": "leaf", "vlans": [110, 120] },
                \t\t"esx1": { "role": "host", "portGroups": { "web": 110, "mgmt": "untagged" } }
                \t},
                \t"links": [
                \t\t{ "between": ["esx1:vmnic0", "leaf1:Eth1/1"], "speed": "10Gbps", "native": 120 }
                \t]
                }
                """);

        assertThat(t.name()).isEqualTo("from-json");
        assertThat(t.requireDevice("leaf1").vlans()).isEqualTo(VlanSet.of(110, 120));
        assertThat(t.requireHost("esx1").hostConfig().portGroup("mgmt")).contains(new PortGroup("mgmt", 0));
        assertThat(t.requireHost("esx1").effectiveVlans()).isEqualTo(VlanSet.of(110));
        assertThat(t.requireLink("esx1:vmnic0--leaf1:Eth1/1").a().nativeVlan()).isEqualTo(120);
    }

    @Test
    void gateways_of_every_kind_load() {
        Topology t = loader.load("gw.yaml", """
                devices:
                  leaf1:
                    role: leaf
                    vlans: 110-112,120
                    svis:
                      110: { ip: 10.1.110.1/24, anycast: true }
                      111: { ip: 10.1.111.2/24, glbp: { group: 7, vip: 10.1.111.1, priority: 150 } }
                      112: { ip: 10.1.112.2/24, vrrp: { group: 12, vip: 10.1.112.1 }, transit: true }
                      120:
                links: []
                """);

        Device leaf = t.requireDevice("leaf1");
        assertThat(leaf.svi(110).get().fhrp()).contains(new AnycastGateway(Ipv4Address.parse("10.1.110.1")));
        assertThat(leaf.svi(111).get().fhrp()).contains(new Glbp(7, Ipv4Address.parse("10.1.111.1"), 150));
        assertThat(leaf.svi(112).get().fhrp()).contains(new Vrrp(12, Ipv4Address.parse("10.1.112.1"), 100));
        assertThat(leaf.svi(112).get().transit()).isTrue();
        assertThat(leaf.svi(120).get().ip()).isEmpty();
        assertThat(leaf.svi(120).get().fhrp()).isEmpty();
    }

    @Test
    void merge_keys_share_settings_and_written_keys_win() {
        Topology t = loader.load("merge.yaml", """
                devices:
                  acc1: &access { role: access, vlans: 110,120, pod: a }
                  acc2: { <<: *access, pod: b }
                links:
                  - &uplink { between: [acc1:Eth1/49, acc2:Eth1/49], speed: 10Gbps, vlans: 110 }
                  - { <<: *uplink, between: [acc1:Eth1/50, acc2:Eth1/50] }
                """);

        assertThat(t.requireDevice("acc2").vlans()).isEqualTo(VlanSet.of(110, 120));
        assertThat(t.requireDevice("acc2").pod()).contains("b");
        assertThat(t.requireLink("acc1:Eth1/50--acc2:Eth1/50").a().vlans()).isEqualTo(VlanSet.of(110));
    }

    @Test
    void vlans_may_be_a_list_of_numbers_and_ranges() {
        Topology t = loader.load("vlans.yaml", """
                devices:
                  sw1: { role: access, vlans: [110, "200-202", 5] }
                links: []
                """);

        assertThat(t.requireDevice("sw1").vlans()).isEqualTo(VlanSet.parse("5,110,200-202"));
    }
}
