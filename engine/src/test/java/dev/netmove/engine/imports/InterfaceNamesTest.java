package dev.netmove.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterfaceNamesTest {

    @Test
    void abbreviations_of_every_dialect_are_one_canonical_name() {
        assertThat(InterfaceNames.canonical("Eth1/1")).isEqualTo("Ethernet1/1");
        assertThat(InterfaceNames.canonical("ethernet1/1")).isEqualTo("Ethernet1/1");
        assertThat(InterfaceNames.canonical("Et49/1")).isEqualTo("Ethernet49/1");
        assertThat(InterfaceNames.canonical("Te1/0/1")).isEqualTo("TenGigabitEthernet1/0/1");
        assertThat(InterfaceNames.canonical("Gi0/1")).isEqualTo("GigabitEthernet0/1");
        assertThat(InterfaceNames.canonical("Fo1/0/49")).isEqualTo("FortyGigabitEthernet1/0/49");
        assertThat(InterfaceNames.canonical("Hu1/0/50")).isEqualTo("HundredGigE1/0/50");
        assertThat(InterfaceNames.canonical("Twe1/0/1")).isEqualTo("TwentyFiveGigE1/0/1");
        assertThat(InterfaceNames.canonical("Po10")).isEqualTo("port-channel10");
        assertThat(InterfaceNames.canonical("Port-Channel10")).isEqualTo("port-channel10");
        assertThat(InterfaceNames.canonical("Port-channel10")).isEqualTo("port-channel10");
        assertThat(InterfaceNames.canonical("Ethernet 1/1")).isEqualTo("Ethernet1/1");
        assertThat(InterfaceNames.canonical("Eth1/1.100")).isEqualTo("Ethernet1/1.100");
        assertThat(InterfaceNames.canonical("Loopback0")).isEqualTo("loopback0");
        assertThat(InterfaceNames.canonical("vmnic0")).as("unknown kinds are kept").isEqualTo("vmnic0");
    }

    @Test
    void same_port_keys_vlans_and_management() {
        assertThat(InterfaceNames.same("Po10", "port-channel10")).isTrue();
        assertThat(InterfaceNames.same("Eth1/1", "Eth1/10")).isFalse();
        assertThat(InterfaceNames.key("Te1/0/1")).isEqualTo("tengigabitethernet1/0/1");
        assertThat(InterfaceNames.portChannelNumber("Po10")).isEqualTo(10);
        assertThat(InterfaceNames.portChannelNumber("Eth1/1")).isEqualTo(-1);
        assertThat(InterfaceNames.sviVlan("Vlan110")).isEqualTo(110);
        assertThat(InterfaceNames.sviVlan("vlan5000")).isEqualTo(-1);
        assertThat(InterfaceNames.isManagement("mgmt0")).isTrue();
        assertThat(InterfaceNames.isManagement("Ma1")).isTrue();
        assertThat(InterfaceNames.isPort("Te1/0/1")).isTrue();
        assertThat(InterfaceNames.isPort("Hu1/0/1")).isTrue();
        assertThat(InterfaceNames.isPort("Loopback0")).isFalse();
        assertThat(InterfaceNames.isPort("Vlan110")).isFalse();
    }
}
