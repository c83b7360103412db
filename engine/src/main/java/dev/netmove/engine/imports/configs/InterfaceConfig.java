package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.quantity.VlanSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one {@code interface} block configures, each fact with its line; filled by the interpreter. */
final class InterfaceConfig {

    final String name;
    final String canonical;
    final Origin origin;
    int lines;
    Located<Boolean> switchport;
    Located<String> mode;
    Located<Integer> accessVlan;
    Located<VlanSet> allowed;
    Located<Integer> nativeVlan;
    Located<Integer> channelGroup;
    Located<Boolean> peerLink;
    Located<String> speed;
    Located<Boolean> shutdown;
    Located<Integer> cost;
    Located<String> ip;
    Located<String> virtualIp;
    Located<Boolean> anycast;
    Located<String> vrf;
    Located<String> sourceInterface;
    final List<FhrpConfig> fhrps = new ArrayList<>(1);
    /** NVE members: VNI -> line; {@code associate-vrf} VNIs are left out. */
    final Map<Integer, Origin> memberVnis = new LinkedHashMap<>();
    /** EOS {@code vxlan vlan N vni V}: VLAN -> VNI. */
    final Map<Integer, Located<Integer>> vlanVnis = new LinkedHashMap<>();

    InterfaceConfig(String name, String canonical, Origin origin) {
        this.name = name;
        this.canonical = canonical;
        this.origin = origin;
    }

    FhrpConfig fhrp(String protocol, int group, Origin where) {
        for (FhrpConfig f : fhrps) {
            if (f.protocol.equals(protocol) && f.group == group) {
                return f;
            }
        }
        FhrpConfig f = new FhrpConfig(protocol, group, where);
        fhrps.add(f);
        return f;
    }
}
