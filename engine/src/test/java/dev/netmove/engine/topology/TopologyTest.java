package dev.netmove.engine.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.VlanSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lookups, indexes and what-ifs of a small topology built in code. */
class TopologyTest {

    private static HostConfig hostConfig(String... uplinks) {
        return new HostConfig("prod", Optional.empty(), Map.of("web", new PortGroup("web", 110),
                "mgmt", new PortGroup("mgmt", PortGroup.UNTAGGED)),
                Optional.of(new VmotionInterface(900, InterfaceAddress.parse("10.9.0.1/24"), List.of())), List.of(uplinks));
    }

    private static Topology topology() {
        Map<String, Device> devices = new LinkedHashMap<>();
        devices.put("core1", Device.aSwitch("core1", Role.CORE, VlanSet.parse("110,900")));
        devices.put("agg-1", Device.aSwitch("agg-1", Role.AGGREGATION, VlanSet.parse("110,900")));
        devices.put("esx1", Device.aHost("esx1", hostConfig()));
        devices.put("esx2", Device.aHost("esx2", hostConfig("vmnic1", "vmnic0")));
        List<Link> links = List.of(
                Link.of(LinkEnd.trunk("agg-1", "Eth1/49", VlanSet.ALL, 1), LinkEnd.trunk("core1", "Eth1/1", VlanSet.ALL, 1),
                        Bandwidth.ofGbps(40)),
                Link.of(LinkEnd.trunk("esx1", "vmnic10", VlanSet.ALL, 1), LinkEnd.trunk("agg-1", "Eth1/2", VlanSet.ALL, 1),
                        Bandwidth.ofGbps(10)),
                Link.of(LinkEnd.trunk("esx1", "vmnic2", VlanSet.ALL, 1), LinkEnd.trunk("agg-1", "Eth1/1", VlanSet.ALL, 1),
                        Bandwidth.ofGbps(10)),
                Link.of(LinkEnd.trunk("esx2", "vmnic0", VlanSet.ALL, 1), LinkEnd.trunk("core1", "Eth1/2", VlanSet.ALL, 1),
                        Bandwidth.ofGbps(10)),
                Link.of(LinkEnd.trunk("esx2", "vmnic1", VlanSet.ALL, 1), LinkEnd.trunk("core1", "Eth1/3", VlanSet.ALL, 1),
                        Bandwidth.ofGbps(10)));
        Map<String, Vm> vms = Map.of("web01", Vm.of("web01", "esx1", "web", DataSize.ofGiB(16)));
        List<Flow> flows = List.of(new Flow("web01", "core1", Bandwidth.ofMbps(300)));
        return new Topology("lab", devices, links, vms, flows, MigrationSettings.defaults(), "lab.yaml");
    }

    @Test
    void devices_are_found_by_name_and_role_in_insertion_order() {
        Topology t = topology();

        assertThat(t.devices().keySet()).containsExactly("core1", "agg-1", "esx1", "esx2");
        assertThat(t.device("core1")).map(Device::role).contains(Role.CORE);
        assertThat(t.device("nope")).isEmpty();
        assertThat(t.hosts()).extracting(Device::name).containsExactly("esx1", "esx2");
        assertThat(t.devicesWithRole(Role.AGGREGATION)).extracting(Device::name).containsExactly("agg-1");
        assertThat(t.devicesWithRole(Role.SPINE)).isEmpty();
    }

    @Test
    void unknown_names_suggest_the_closest_known_names() {
        Topology t = topology();

        assertThatThrownBy(() -> t.requireDevice("agg1")).isInstanceOf(UnknownNameException.class)
                .hasMessage("no device named \"agg1\" in topology lab (did you mean \"agg-1\"?)");
        assertThatThrownBy(() -> t.requireVm("web1")).hasMessage("no VM named \"web1\" in topology lab (did you mean \"web01\"?)");
        assertThatThrownBy(() -> t.requireLink("x")).isInstanceOf(UnknownNameException.class);
        UnknownNameException notAHost = (UnknownNameException) org.assertj.core.api.Assertions.catchThrowable(
                () -> t.requireHost("core1"));
        assertThat(notAHost).hasMessage("\"core1\" is not a host: its role is core");
        assertThat(notAHost.kind()).isEqualTo("host");
        assertThat(t.host("core1")).isEmpty();
        assertThat(t.requireHost("esx1").isHost()).isTrue();
    }

    @Test
    void links_are_indexed_by_device_and_port() {
        Topology t = topology();

        assertThat(t.linksOf("agg-1")).extracting(Link::name).containsExactly("agg-1:Eth1/49--core1:Eth1/1",
                "esx1:vmnic10--agg-1:Eth1/2", "esx1:vmnic2--agg-1:Eth1/1");
        assertThat(t.linkAt("core1", "Eth1/1")).map(Link::name).contains("agg-1:Eth1/49--core1:Eth1/1");
        assertThat(t.linkAt("core1", "Eth1/9")).isEmpty();
        assertThat(t.linksOf("nope")).isEmpty();
    }

    @Test
    void host_uplinks_default_to_its_ports_in_natural_order() {
        Topology t = topology();

        assertThat(t.uplinksOf("esx1")).containsExactly("vmnic2", "vmnic10");
        assertThat(t.uplinksOf("esx2")).containsExactly("vmnic1", "vmnic0");
    }

    @Test
    void host_vlans_come_from_port_groups_and_vmotion() {
        Device host = topology().requireHost("esx1");

        assertThat(host.effectiveVlans()).isEqualTo(VlanSet.of(110, 900));
        assertThat(host.vlans()).isEqualTo(host.effectiveVlans());
    }

    @Test
    void a_link_is_down_when_taken_down_or_when_one_of_its_devices_is() {
        Topology t = topology();
        Link uplink = t.requireLink("agg-1:Eth1/49--core1:Eth1/1");
        Link hostLink = t.requireLink("esx2:vmnic0--core1:Eth1/2");

        Topology linkDown = t.withLinkDown(uplink.name());
        Topology coreDown = t.withDeviceDown("core1");

        assertThat(t.isUp(uplink)).isTrue();
        assertThat(linkDown.isUp(uplink)).isFalse();
        assertThat(linkDown.isUp(hostLink)).isTrue();
        assertThat(linkDown.downLinks()).containsExactly(uplink.name());
        assertThat(coreDown.isUp(uplink)).isFalse();
        assertThat(coreDown.isUp(hostLink)).isFalse();
        assertThat(coreDown.isUp(coreDown.requireDevice("core1"))).isFalse();
        assertThat(coreDown.withDeviceUp("core1").isUp(uplink)).isTrue();
        assertThat(linkDown.withLinkUp(uplink.name())).isEqualTo(t);
        assertThat(t.isUp(uplink)).as("the original is unchanged").isTrue();
    }

    @Test
    void moving_a_vm_returns_a_new_topology() {
        Topology t = topology();

        Topology moved = t.withVmOnHost("web01", "esx2");

        assertThat(moved.requireVm("web01").host()).isEqualTo("esx2");
        assertThat(moved.vmsOn("esx1")).isEmpty();
        assertThat(t.requireVm("web01").host()).isEqualTo("esx1");
        assertThat(moved.links()).isSameAs(t.links());
    }

    @Test
    void moving_a_vm_to_a_host_without_its_port_group_is_refused() {
        Map<String, Device> devices = new LinkedHashMap<>(topology().devices());
        devices.put("esx3", Device.aHost("esx3", new HostConfig("prod", Optional.empty(),
                Map.of("db", new PortGroup("db", 120), "wbe", new PortGroup("wbe", 110)), Optional.empty(), List.of())));
        Topology t = new Topology("lab", devices, topology().links(), topology().vms(), List.of(),
                MigrationSettings.defaults(), "lab.yaml");

        assertThatThrownBy(() -> t.withVmOnHost("web01", "esx3")).isInstanceOf(UnknownNameException.class)
                .hasMessage("host esx3 has no port group \"web\" for VM web01 (did you mean \"wbe\"?); its port groups: db, wbe");
        assertThatThrownBy(() -> t.withVmOnHost("web01", "core1")).hasMessage("\"core1\" is not a host: its role is core");
    }

    @Test
    void changing_a_links_load_keeps_everything_else() {
        Topology t = topology();
        String name = "agg-1:Eth1/49--core1:Eth1/1";

        Topology loaded = t.withLinkLoad(name, Bandwidth.ofGbps(12));

        assertThat(loaded.requireLink(name).load()).isEqualTo(LinkLoad.of(Bandwidth.ofGbps(12)));
        assertThat(loaded.linkAt("core1", "Eth1/1")).map(Link::load).contains(LinkLoad.of(Bandwidth.ofGbps(12)));
        assertThat(loaded.links()).hasSize(5);
        assertThat(t.requireLink(name).load()).isEqualTo(LinkLoad.NONE);
        assertThat(loaded.withLinkLoad(name, LinkLoad.NONE)).isEqualTo(t);
    }

    @Test
    void inconsistent_topologies_are_refused() {
        Topology t = topology();
        List<Link> toNowhere = List.of(Link.of(LinkEnd.trunk("core1", "Eth1/1", VlanSet.ALL, 1),
                LinkEnd.trunk("core9", "Eth1/1", VlanSet.ALL, 1), Bandwidth.ofGbps(10)));

        assertThatThrownBy(() -> new Topology("x", t.devices(), toNowhere, Map.of(), List.of(), MigrationSettings.defaults(),
                "x.yaml")).hasMessage("link core1:Eth1/1--core9:Eth1/1: core9 is not a device");
        assertThatThrownBy(() -> new Topology("x", t.devices(), t.links(), t.vms(),
                List.of(new Flow("web01", "db01", Bandwidth.ofMbps(1))), MigrationSettings.defaults(), "x.yaml"))
                .hasMessage("flow web01 -> db01: db01 is neither a VM nor a device");
    }
}
