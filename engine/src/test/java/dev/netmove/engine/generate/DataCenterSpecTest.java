package dev.netmove.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DataCenterSpecTest {

    @Test
    void of_switches_comes_close_to_the_numbers_asked_for() {
        DataCenterSpec spec = DataCenterSpec.ofSwitches(1000, 10_000, 100_000);

        assertThat(spec.pods()).isEqualTo(111);
        assertThat(spec.accessPerPod()).isEqualTo(7);
        assertThat(spec.hostsPerAccess()).isEqualTo(13);
        assertThat(spec.vmsPerHost()).isEqualTo(10);
        assertThat(spec.switches()).isEqualTo(1_001);
        assertThat(spec.hosts()).isEqualTo(10_101);
        assertThat(spec.vms()).isEqualTo(101_010);
        assertThat(spec.flows()).isEqualTo(10);
        assertThat(spec.name()).isEqualTo("dc-generated");
        assertThat(spec.dualHomedHosts()).isTrue();
        assertThat(spec.vpcAggregation()).isFalse();
        assertThat(spec.fhrpIsolation()).isTrue();
    }

    @Test
    void of_switches_prefers_pods_of_about_eight_access_switches_and_hits_small_counts_exactly() {
        DataCenterSpec twenty = DataCenterSpec.ofSwitches(20, 98, 980);
        assertThat(twenty.pods()).isEqualTo(2);
        assertThat(twenty.accessPerPod()).isEqualTo(7);
        assertThat(twenty.switches()).isEqualTo(20);
        assertThat(twenty.hosts()).isEqualTo(98);
        assertThat(twenty.vms()).isEqualTo(980);

        DataCenterSpec smallest = DataCenterSpec.ofSwitches(5, 1, 0);
        assertThat(smallest.switches()).isEqualTo(5);
        assertThat(smallest.hosts()).isEqualTo(1);
        assertThat(smallest.vms()).isZero();
        assertThat(smallest.flows()).isZero();
    }

    @Test
    void of_switches_keeps_at_least_one_host_per_access_switch_and_one_vm_per_host() {
        DataCenterSpec spec = DataCenterSpec.ofSwitches(100, 10, 10);

        assertThat(spec.hostsPerAccess()).isEqualTo(1);
        assertThat(spec.vmsPerHost()).isEqualTo(1);
        assertThat(spec.hosts()).isEqualTo(spec.pods() * spec.accessPerPod());
    }

    @Test
    void sizes_beyond_the_address_plan_are_refused_with_the_reason() {
        assertThatThrownBy(() -> new DataCenterSpec(0, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a generated data center has 1 to 511 pods, not 0");
        assertThatThrownBy(() -> new DataCenterSpec(512, 1, 1, 1))
                .hasMessage("a generated data center has 1 to 511 pods, not 512");
        assertThatThrownBy(() -> new DataCenterSpec(100, 100, 10, 0)).hasMessage(
                "a generated data center has at most 65000 hosts (one /16 vMotion subnet), not 100000 "
                        + "(100 pods x 100 access switches x 10 hosts)");
        assertThatThrownBy(() -> new DataCenterSpec(10, 10, 10, 200)).hasMessage(
                "a generated data center has at most 193530 VMs (a /16 per tier), not 200000 (1000 hosts x 200 VMs)");
        assertThatThrownBy(() -> new DataCenterSpec(1, 1, 1, 3).withFlows(2))
                .hasMessage("a generated data center has 0 to 1 flows, not 2");
        assertThatThrownBy(() -> new DataCenterSpec(1, 1, 1, 3).withName(" "))
                .hasMessage("a generated data center needs a name");
        assertThatThrownBy(() -> DataCenterSpec.ofSwitches(4, 1, 1)).hasMessage(
                "a generated data center needs at least 5 switches (2 core, 2 aggregation, 1 access), not 4");
        assertThatThrownBy(() -> DataCenterSpec.ofSwitches(300_000, 1, 1)).hasMessageStartingWith(
                "a generated data center of 300000 switches has ");
    }

    @Test
    void the_largest_allowed_data_center_is_accepted() {
        DataCenterSpec spec = new DataCenterSpec(511, 1, 127, 2);

        assertThat(spec.hosts()).isEqualTo(64_897);
        assertThat(spec.vms()).isEqualTo(129_794);
        assertThat(new DataCenterSpec(10, 10, 10, 193).vms()).isEqualTo(193_000);
    }
}
