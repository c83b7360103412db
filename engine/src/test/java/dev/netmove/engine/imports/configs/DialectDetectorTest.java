package dev.netmove.engine.imports.configs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialectDetectorTest {

    private static Dialect of(String config) {
        return DialectDetector.detect(BlockParser.parse(config));
    }

    @Test
    void a_config_without_marks_is_told_by_the_indent_of_its_blocks() {
        assertThat(of("hostname core1\ninterface Ethernet1/1\n  switchport\n  switchport mode trunk\n")).isEqualTo(Dialect.NXOS);
        assertThat(of("hostname acc1\ninterface Ethernet1\n   switchport mode trunk\n")).isEqualTo(Dialect.EOS);
        assertThat(of("hostname acc2\ninterface TenGigabitEthernet1/0/1\n switchport mode trunk\n")).isEqualTo(Dialect.IOS);
        assertThat(of("hostname bare\nvlan 110\n")).isEqualTo(Dialect.IOS);
    }

    @Test
    void a_mark_of_the_dialect_outweighs_the_indent() {
        // an NX-OS config re-indented by one space is still NX-OS by its feature lines
        assertThat(of("feature hsrp\nfeature lacp\ninterface Vlan110\n hsrp 110\n")).isEqualTo(Dialect.NXOS);
        assertThat(of("! device: leaf1 (vEOS-lab, EOS-4.30.1F)\ninterface Ethernet1\n  switchport\n")).isEqualTo(Dialect.EOS);
    }
}
