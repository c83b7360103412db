package dev.netmove.steps;

import dev.netmove.engine.l2.VlanBlocked;
import dev.netmove.report.Threshold;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario's Then steps found or asserted that the report should show: the VLANs that did not get
 * through (and where they stop) and the utilization limits asserted. One instance per scenario, injected
 * like {@link ScenarioState}; steps add to it, {@link ReportHooks} reads it.
 */
public final class ScenarioFindings {

    private final List<VlanBlocked> vlanDrops = new ArrayList<>();
    private final List<Threshold> thresholds = new ArrayList<>();

    /** Records a VLAN that a step found blocked. */
    public void vlanBlocked(VlanBlocked blocked) {
        vlanDrops.add(blocked);
    }

    /** Records a utilization limit a step asserted. */
    public void thresholdAsserted(Threshold threshold) {
        thresholds.add(threshold);
    }

    /** The blocked VLANs found, in the order found. */
    public List<VlanBlocked> vlanDrops() {
        return List.copyOf(vlanDrops);
    }

    /** The utilization limits asserted, in the order asserted. */
    public List<Threshold> thresholds() {
        return List.copyOf(thresholds);
    }
}
