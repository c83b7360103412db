package dev.netmove.engine.imports.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RvVmSheetsTest {

    @Test
    void theFirstIpv4AddressOfACellThatMayListSeveral() {
        assertThat(RvVmSheets.firstIpv4("10.1.1.5")).isEqualTo("10.1.1.5");
        assertThat(RvVmSheets.firstIpv4("fe80::1, 10.1.1.5; 10.1.1.6")).isEqualTo("10.1.1.5");
        assertThat(RvVmSheets.firstIpv4("fe80::250:56ff:fe9a:1 192.168.0.10")).isEqualTo("192.168.0.10");
        assertThat(RvVmSheets.firstIpv4("")).isNull();
        assertThat(RvVmSheets.firstIpv4("fe80::1")).isNull();
    }
}
