package dev.netmove.engine.generate;

/**
 * The size and shape of a generated data center (see {@link DataCenterGenerator} for the design it
 * follows): how many pods, access switches per pod, hosts per access switch and VMs per host.
 *
 * @param name             the topology's name, shown in reports
 * @param pods             aggregation blocks, each an aggregation pair with its access switches (1 to
 *                         {@value #MAX_PODS})
 * @param accessPerPod     access switches per pod (1 to {@value #MAX_ACCESS_PER_POD})
 * @param hostsPerAccess   hosts whose first uplink goes to each access switch (at least 1)
 * @param vmsPerHost       VMs on each host (0 or more)
 * @param dualHomedHosts   whether each host has a second uplink, to the other access switch of its pair
 * @param vpcAggregation   whether each aggregation pair is a vPC pair (both peers forward for the gateway)
 * @param fhrpIsolation    whether FHRP hellos are filtered on the aggregation-to-core links, so that each pod
 *                         has its own active gateway for the stretched VLANs; without it one gateway (pod 1's)
 *                         serves the whole data center
 * @param flows            how many web-to-db flows to write (0 to one per three VMs)
 */
public record DataCenterSpec(String name, int pods, int accessPerPod, int hostsPerAccess, int vmsPerHost,
                             boolean dualHomedHosts, boolean vpcAggregation, boolean fhrpIsolation, int flows) {

    /** Pods are limited by the gateway addresses: two per pod in the first 1,024 of each VM subnet. */
    public static final int MAX_PODS = 511;

    /** A generous bound: real aggregation pairs serve tens of access switches. */
    public static final int MAX_ACCESS_PER_POD = 1_000;

    /** Hosts are limited by the vMotion subnet, one /16 for the whole data center. */
    public static final int MAX_HOSTS = 65_000;

    /** VMs are limited by the VM subnets: one /16 per tier, three tiers, 1,025 addresses kept for gateways. */
    public static final int MAX_VMS = 3 * 64_510;

    /** The default name of a generated topology. */
    public static final String DEFAULT_NAME = "dc-generated";

    /** How many flows a spec gets unless told: enough to exercise the flow analyses, few enough to read. */
    public static final int DEFAULT_FLOWS = 10;

    // access switches per pod that ofSwitches prefers: a common size for an aggregation block
    private static final int PREFERRED_ACCESS_PER_POD = 8;

    /** Checks every bound; the messages say which number is wrong and what the bound is. */
    public DataCenterSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a generated data center needs a name");
        }
        check("pods", pods, 1, MAX_PODS);
        check("access switches per pod", accessPerPod, 1, MAX_ACCESS_PER_POD);
        check("hosts per access switch", hostsPerAccess, 1, MAX_HOSTS);
        check("VMs per host", vmsPerHost, 0, MAX_VMS);
        long hosts = (long) pods * accessPerPod * hostsPerAccess;
        if (hosts > MAX_HOSTS) {
            throw new IllegalArgumentException("a generated data center has at most " + MAX_HOSTS + " hosts (one /16 "
                    + "vMotion subnet), not " + hosts + " (" + pods + " pods x " + accessPerPod + " access switches x "
                    + hostsPerAccess + " hosts)");
        }
        long vms = hosts * vmsPerHost;
        if (vms > MAX_VMS) {
            throw new IllegalArgumentException("a generated data center has at most " + MAX_VMS + " VMs (a /16 per "
                    + "tier), not " + vms + " (" + hosts + " hosts x " + vmsPerHost + " VMs)");
        }
        check("flows", flows, 0, (int) (vms / 3));
    }

    /**
     * A spec with the usual extras: named {@value #DEFAULT_NAME}, dual-homed hosts, no vPC, FHRP isolation
     * between pods, and up to {@value #DEFAULT_FLOWS} flows.
     */
    public DataCenterSpec(int pods, int accessPerPod, int hostsPerAccess, int vmsPerHost) {
        this(DEFAULT_NAME, pods, accessPerPod, hostsPerAccess, vmsPerHost, true, false, true,
                defaultFlows((long) pods * accessPerPod * hostsPerAccess * vmsPerHost));
    }

    /**
     * A spec of about that many switches (core, aggregation and access), hosts and VMs. It picks the pods and
     * access switches per pod (at most 16, unless {@value #MAX_PODS} pods need more) that come closest to
     * {@code switches}, preferring about {@value #PREFERRED_ACCESS_PER_POD} access switches per pod, then the hosts per access switch and the VMs
     * per host that come closest to {@code hosts} and {@code vms} (at least one host per access switch, and
     * at least one VM per host when VMs are asked for); each count may miss by the rounding of a per-pod,
     * per-switch or per-host number. {@code ofSwitches(1000, 10000, 100000)} gives 1,001 switches,
     * 10,101 hosts and 101,010 VMs.
     *
     * @param switches at least 5 (two core switches, one aggregation pair, one access switch)
     */
    public static DataCenterSpec ofSwitches(int switches, int hosts, int vms) {
        if (switches < 5) {
            throw new IllegalArgumentException("a generated data center needs at least 5 switches (2 core, "
                    + "2 aggregation, 1 access), not " + switches);
        }
        check("hosts", hosts, 1, MAX_HOSTS);
        check("VMs", vms, 0, MAX_VMS);
        int podSwitches = switches - 2;
        int bestAccess = 1;
        int bestPods = 1;
        long bestError = Long.MAX_VALUE;
        // aggregation blocks of a realistic size (up to 16 access switches), bigger only when the pods run out
        int largestAccess = Math.max(2 * PREFERRED_ACCESS_PER_POD, podSwitches / MAX_PODS - 1);
        largestAccess = Math.min(Math.min(largestAccess, Math.max(1, podSwitches - 2)), MAX_ACCESS_PER_POD);
        for (int access = 1; access <= largestAccess; access++) {
            int pods = (int) Math.max(1, Math.min(MAX_PODS, Math.round(podSwitches / (double) (access + 2))));
            long error = Math.abs(2L + (long) pods * (access + 2) - switches);
            boolean closerToPreferred = Math.abs(access - PREFERRED_ACCESS_PER_POD)
                    < Math.abs(bestAccess - PREFERRED_ACCESS_PER_POD);
            if (error < bestError || (error == bestError && closerToPreferred)) {
                bestError = error;
                bestAccess = access;
                bestPods = pods;
            }
        }
        int accessSwitches = bestPods * bestAccess;
        if (accessSwitches > MAX_HOSTS) {
            throw new IllegalArgumentException("a generated data center of " + switches + " switches has "
                    + accessSwitches + " access switches, each with at least one host, beyond the " + MAX_HOSTS
                    + " hosts of its vMotion subnet; ask for fewer switches");
        }
        int hostsPerAccess = (int) Math.max(1, Math.round(hosts / (double) accessSwitches));
        hostsPerAccess = Math.min(hostsPerAccess, MAX_HOSTS / accessSwitches);
        int totalHosts = accessSwitches * hostsPerAccess;
        // a VM asked for is never rounded away to none
        int vmsPerHost = (int) Math.max(vms > 0 ? 1 : 0, Math.round(vms / (double) totalHosts));
        vmsPerHost = Math.min(vmsPerHost, MAX_VMS / totalHosts);
        return new DataCenterSpec(bestPods, bestAccess, hostsPerAccess, vmsPerHost);
    }

    /** The number of switches: two core switches, and per pod an aggregation pair and its access switches. */
    public int switches() {
        return 2 + pods * (2 + accessPerPod);
    }

    /** The number of hosts. */
    public int hosts() {
        return pods * accessPerPod * hostsPerAccess;
    }

    /** The number of VMs. */
    public int vms() {
        return hosts() * vmsPerHost;
    }

    /** The number of links: core pair, per pod 4 core uplinks, the aggregation peer link and 2 per access switch, host links. */
    public int links() {
        return 1 + pods * (4 + 1 + 2 * accessPerPod) + hosts() * (dualHomedHosts ? 2 : 1);
    }

    public DataCenterSpec withName(String newName) {
        return new DataCenterSpec(newName, pods, accessPerPod, hostsPerAccess, vmsPerHost, dualHomedHosts,
                vpcAggregation, fhrpIsolation, flows);
    }

    public DataCenterSpec withDualHomedHosts(boolean dualHomed) {
        return new DataCenterSpec(name, pods, accessPerPod, hostsPerAccess, vmsPerHost, dualHomed, vpcAggregation,
                fhrpIsolation, flows);
    }

    public DataCenterSpec withVpcAggregation(boolean vpc) {
        return new DataCenterSpec(name, pods, accessPerPod, hostsPerAccess, vmsPerHost, dualHomedHosts, vpc,
                fhrpIsolation, flows);
    }

    public DataCenterSpec withFhrpIsolation(boolean isolation) {
        return new DataCenterSpec(name, pods, accessPerPod, hostsPerAccess, vmsPerHost, dualHomedHosts,
                vpcAggregation, isolation, flows);
    }

    public DataCenterSpec withFlows(int newFlows) {
        return new DataCenterSpec(name, pods, accessPerPod, hostsPerAccess, vmsPerHost, dualHomedHosts,
                vpcAggregation, fhrpIsolation, newFlows);
    }

    private static int defaultFlows(long vms) {
        return (int) Math.min(DEFAULT_FLOWS, vms / 3);
    }

    private static void check(String what, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("a generated data center has " + min + " to " + max + " " + what
                    + ", not " + value);
        }
    }
}
