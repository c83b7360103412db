package dev.netmove.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OriginTest {

    @Test
    void aChildIsTheOriginOfItsWrittenPointer() {
        Origin item = Origin.pointer("sources/netbox/dcim/interfaces.json", "/3/results/12");
        Origin speed = item.child("speed");
        Origin written = Origin.pointer("sources/netbox/dcim/interfaces.json", "/3/results/12/speed");
        assertThat(speed.pointer()).isEqualTo("/3/results/12/speed");
        assertThat(speed.toString()).isEqualTo("sources/netbox/dcim/interfaces.json#/3/results/12/speed");
        assertThat(speed).isEqualTo(written).hasSameHashCodeAs(written);
        assertThat(written).isEqualTo(item.child("speed"));
        assertThat(speed.child("0").toString()).isEqualTo("sources/netbox/dcim/interfaces.json#/3/results/12/speed/0");
        assertThat(speed).isNotEqualTo(item.child("mode"));
        assertThat(speed.line()).isZero();
        assertThat(speed.column()).isZero();
        assertThat(speed.text()).isEmpty();
        assertThat(speed.quoted()).isEqualTo(speed.toString());
    }

    @Test
    void keepsTheRecordsFormsAndChecks() {
        assertThat(Origin.line("rv/RVTools_tabvInfo.csv", 12).toString()).isEqualTo("rv/RVTools_tabvInfo.csv:12");
        assertThat(Origin.at("dc.yaml", 3, 5)).isEqualTo(new Origin("dc.yaml", 3, "", 5, ""));
        assertThat(Origin.command("configs/agg3.cfg", 212, " switchport trunk allowed vlan 110,900 ").quoted())
                .isEqualTo("switchport trunk allowed vlan 110,900 at configs/agg3.cfg:212");
        assertThat(new Origin("a", 1, "", 2, "t").hashCode()).isEqualTo(new Origin("a", 1, "", 2, "t").hashCode());
        assertThatThrownBy(() -> new Origin("a", -1, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Origin.pointer("a", "/x").child(null)).isInstanceOf(NullPointerException.class);
    }
}
