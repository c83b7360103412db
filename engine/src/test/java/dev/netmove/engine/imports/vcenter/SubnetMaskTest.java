package dev.netmove.engine.imports.vcenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubnetMaskTest {

    @Test
    void readsContiguousDottedMasks() {
        assertThat(SubnetMask.prefixLength("255.255.255.0")).isEqualTo(24);
        assertThat(SubnetMask.prefixLength(" 255.255.252.0 ")).isEqualTo(22);
        assertThat(SubnetMask.prefixLength("255.255.255.255")).isEqualTo(32);
        assertThat(SubnetMask.prefixLength("0.0.0.0")).isEqualTo(0);
        assertThat(SubnetMask.prefixLength("255.255.255.0.")).isEqualTo(24);
        assertThat(SubnetMask.prefixLength("255.255.0255.0")).isNull();
        assertThat(SubnetMask.prefixLength("255.255.255.000")).isEqualTo(24);
    }

    @Test
    void anythingElseIsNoMask() {
        for (String text : new String[] {"", ".", "255.255.255", "255.255.255.0.0", ".255.255.255.0", "255..255.0",
                "255.255.256.0", "255.0.255.0", "255.255.255.x", "24", "255.255.255.0/24", "2555.255.255.0", "255.255.255.-0"}) {
            assertThat(SubnetMask.prefixLength(text)).as(text).isNull();
        }
    }
}
