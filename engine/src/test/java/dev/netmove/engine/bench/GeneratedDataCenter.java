package dev.netmove.engine.bench;

import dev.netmove.engine.generate.DataCenterGenerator;
import dev.netmove.engine.generate.DataCenterSpec;

/** The data center the benchmarks measure: about 1,000 switches, 10,000 hosts and 100,000 VMs. */
final class GeneratedDataCenter {

    static final DataCenterSpec SPEC = DataCenterSpec.ofSwitches(1_000, 10_000, 100_000);

    private GeneratedDataCenter() {
    }

    /** Its topology file. */
    static String yaml() {
        return DataCenterGenerator.toYaml(SPEC);
    }
}
