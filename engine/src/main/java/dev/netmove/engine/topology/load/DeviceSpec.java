package dev.netmove.engine.topology.load;

import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.HostConfig;
import dev.netmove.engine.topology.InterfaceAddress;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Role;
import dev.netmove.engine.topology.StaticRoute;
import dev.netmove.engine.topology.Stp;
import dev.netmove.engine.topology.Svi;
import dev.netmove.engine.topology.Vxlan;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A device's settings as read from the file, before the links it depends on are known; null or
 * "unusable" where the file was wrong (that problem is reported already).
 */
final class DeviceSpec {

    final String name;
    final YamlNode.Scalar keyNode;
    final String path;
    boolean broken;
    Role role;
    Optional<String> site = Optional.empty();
    Optional<String> pod = Optional.empty();
    VlanSet vlans;
    Optional<Stp> stp = Optional.empty();
    final Map<Integer, Svi> svis = new TreeMap<>();
    String vpcPeer;
    YamlNode vpcPeerNode;
    Optional<Vxlan> vxlan = Optional.empty();
    final List<StaticRoute> routes = new ArrayList<>();
    String cluster = HostConfig.DEFAULT_CLUSTER;
    Optional<DataSize> memory = Optional.empty();
    final Map<String, PortGroup> portGroups = new TreeMap<>();
    boolean portGroupsUnusable;
    // port groups written with a VLAN that is already reported as a problem: a VM in one adds no second problem
    final java.util.Set<String> brokenPortGroups = new java.util.TreeSet<>();
    boolean hasVmotion;
    Integer vmotionVlan;
    InterfaceAddress vmotionIp;
    List<YamlNode> vmotionNics;
    String vmotionNicsPath;
    List<YamlNode> uplinks;
    String uplinksPath;
    final List<String> checkedUplinks = new ArrayList<>();
    final List<String> checkedNics = new ArrayList<>();

    DeviceSpec(String name, YamlNode.Scalar keyNode, String path) {
        this.name = name;
        this.keyNode = keyNode;
        this.path = path;
    }

    boolean isHost() {
        return role == Role.HOST;
    }
}
