package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.quote;
import static dev.netmove.engine.topology.load.yaml.KeyPaths.child;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks the port-channels (lags) of the links read: one neighbour (or one vPC pair) and one speed per lag. */
final class LagCheck {

    private final ProblemList problems;
    private final Map<String, DeviceSpec> devices;

    LagCheck(ProblemList problems, Map<String, DeviceSpec> devices) {
        this.problems = problems;
        this.devices = devices;
    }

    /** Reports port-channels whose members join different neighbours or differ in speed. */
    void check(List<LinkSpec> links) {
        Map<String, LinkSpec> byDeviceAndLag = new HashMap<>();
        for (LinkSpec l : links) {
            if (l.lag == null || !l.endsKnown()) {
                continue;
            }
            for (String device : List.of(l.a.device, l.b.device)) {
                LinkSpec first = byDeviceAndLag.putIfAbsent(device + '\u0000' + l.lag, l);
                if (first == null) {
                    continue;
                }
                String path = child(l.path, "lag");
                if (!first.otherDevice(device).equals(l.otherDevice(device))
                        && !vpcPair(first.otherDevice(device), l.otherDevice(device))) {
                    problems.add(l.lagNode, path, "found lag " + quote(l.lag) + " on " + device + " joining "
                            + quote(first.name) + " (to " + first.otherDevice(device) + ") and " + quote(l.name)
                            + " (to " + l.otherDevice(device) + "); expected all members of a port-channel between the "
                            + "same two devices, or to the two peers of a vPC pair (give the port-channel to each "
                            + "neighbour its own lag name)");
                    break;
                }
                if (first.speed != null && l.speed != null && first.speed.bitsPerSecond() != l.speed.bitsPerSecond()) {
                    problems.add(l.lagNode, path, "found lag " + quote(l.lag) + " with members of different speeds: "
                            + quote(first.name) + " is " + first.speed + ", " + quote(l.name) + " is " + l.speed
                            + "; expected one speed for all members of a port-channel");
                    break;
                }
            }
        }
    }

    /**
     * Whether two devices name each other as vPC peers: a port-channel to both is one multi-chassis
     * port-channel (vPC, VSS, MLAG), the usual way a switch or host is dual-homed to such a pair.
     */
    private boolean vpcPair(String x, String y) {
        DeviceSpec first = devices.get(x);
        DeviceSpec second = devices.get(y);
        return first != null && second != null && y.equals(first.vpcPeer) && x.equals(second.vpcPeer);
    }
}
