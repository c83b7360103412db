package dev.netmove.engine.imports.vcenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuestAddressTest {

    @Test
    void anIpv4AddressIsFourGroupsOfOneToThreeDigits() {
        assertThat(GuestAddress.isIpv4("0.0.0.0")).isTrue();
        assertThat(GuestAddress.isIpv4("255.255.255.255")).isTrue();
        assertThat(GuestAddress.isIpv4("1.2.3")).isFalse();
        assertThat(GuestAddress.isIpv4("1.2.3.4.5")).isFalse();
        assertThat(GuestAddress.isIpv4("1.2.3.")).isFalse();
        assertThat(GuestAddress.isIpv4(".1.2.3")).isFalse();
        assertThat(GuestAddress.isIpv4("1..2.3")).isFalse();
        assertThat(GuestAddress.isIpv4("1000.2.3.4")).isFalse();
        assertThat(GuestAddress.isIpv4("1.2.3.4/24")).isFalse();
        assertThat(GuestAddress.isIpv4("a.b.c.d")).isFalse();
        assertThat(GuestAddress.isIpv4("fe80::1")).isFalse();
        assertThat(GuestAddress.isIpv4("")).isFalse();
    }
}
