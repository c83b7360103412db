package dev.netmove.engine.topology.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.MigrationLimits;
import dev.netmove.engine.topology.MigrationProfile;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MigrationLimitsKeysTest {

    private static MigrationLimits limits(String migration) {
        return new TopologyLoader().load("dc1.yaml", """
                devices: { core1: { role: core } }
                links: []
                migration: %s
                """.formatted(migration)).migration().limits();
    }

    @Test
    void every_limit_key_is_read_over_the_profile_defaults() {
        assertThat(limits("{ profile: kvm, hostCeiling: 8Gbps, streamCapFalloff: 0.5, scanRate: 2GiB/s, "
                + "serialSetup: 40%, streamWindow: 32MiB, maxRoundTrip: 100ms, minShare: 100Mbps }"))
                .isEqualTo(new MigrationLimits(Optional.of(Bandwidth.ofGbps(8)), 0.5, Optional.of(Bandwidth.parse("2GiB/s")),
                        Percent.ofWhole(40), Optional.of(DataSize.ofMiB(32)), Optional.of(TimeSpan.ofMillis(100)),
                        Optional.of(Bandwidth.ofMbps(100))));
    }

    @Test
    void none_switches_a_limit_off_and_unwritten_keys_keep_the_profile_default() {
        MigrationLimits vsphere = limits("{ maxRoundTrip: none, minShare: none }");

        assertThat(vsphere.maxRoundTrip()).isEmpty();
        assertThat(vsphere.minShare()).isEmpty();
        assertThat(vsphere.streamCapFalloff()).isEqualTo(MigrationLimits.defaults(MigrationProfile.VSPHERE).streamCapFalloff());
        assertThat(limits("{ profile: hyperv }")).isEqualTo(MigrationLimits.defaults(MigrationProfile.HYPERV));
        assertThat(limits("{ profile: hyperv }").hostCeiling()).contains(Bandwidth.ofGbps(5));
    }

    @Test
    void limit_keys_with_bad_values_are_reported_each_at_its_place() {
        assertThatThrownBy(() -> limits("{ hostCeiling: 0Gbps, streamCapFalloff: 2, serialSetup: 120%, streamWindow: big }"))
                .isInstanceOf(TopologyLoadException.class)
                .hasMessage("""
                        dc1.yaml: 4 problems
                        dc1.yaml:3:27: migration.hostCeiling: found 0Gbps; expected more than zero, or none
                        dc1.yaml:3:52: migration.streamCapFalloff: found "2"; expected a number from 0 to 1 such as 0.363
                        dc1.yaml:3:68: migration.serialSetup: found 120%; expected a share from 0% to 100%
                        dc1.yaml:3:88: migration.streamWindow: "big" does not start with a number; write a size with \
                        its unit, e.g. 16GiB; accepted units: B, KB, MB, GB, TB, KiB, MiB, GiB, TiB""");
    }
}
