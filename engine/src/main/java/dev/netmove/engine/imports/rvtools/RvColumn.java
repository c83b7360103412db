package dev.netmove.engine.imports.rvtools;

import java.util.List;
import java.util.Locale;

/**
 * A column of an RVTools sheet, found by its header under any of the spellings RVTools has used.
 * Headers are compared normalised: lower case, letters and digits only ({@code # Memory} is
 * {@code memory}, {@code Primary IP Address} is {@code primaryipaddress}); a header that starts with
 * the sheet's own name is also tried without it, since the CSV export and some workbook versions
 * write RVTools' internal names ({@code vInfoVMName}, {@code vInfoPowerstate}, {@code vHostName},
 * {@code vHostMemorySize}, {@code vNetworkIP4Address}).
 *
 * <p>Sources of the spellings: RVTools 4.x workbook headers as listed by PowerCLI replicas of
 * RVTools 4.7 and dashboard tools reading real exports (vInfo {@code VM, Powerstate, Template,
 * Memory, Host, Cluster, Primary IP Address, Network #1}; vMemory {@code VM, Size MiB, Consumed};
 * vNetwork {@code VM, Network, Connected, IPv4 Address}; vHost {@code Host, Cluster, # Memory};
 * vPort {@code Host, Port Group, Switch, VLAN}; dvPort {@code Port, Switch, VLAN}; vSC_VMK
 * {@code Host, Port Group, Device, IP Address, Subnet mask}; vNIC {@code Host, Network Device, Speed,
 * Switch}) and the internal names of RVTools' CSV export as the SQL importers of those exports name
 * their columns ({@code vInfoVMName}, {@code vInfoPrimaryIPAddress}, {@code vInfoMemory},
 * {@code vHostName}, {@code vHostMemorySize}, {@code vNetworkVMName}, {@code vNetworkName},
 * {@code vNetworkConnected}, {@code vNetworkIP4Address}).
 *
 * @param sheet the sheet ({@code vInfo}), whose lower-case name is the internal-name prefix
 * @param header the header as RVTools 4.x writes it, for messages
 * @param spellings normalised spellings, tried in order
 */
record RvColumn(String sheet, String header, List<String> spellings) {

    static final String VINFO = "vInfo";
    static final String VMEMORY = "vMemory";
    static final String VNETWORK = "vNetwork";
    static final String VHOST = "vHost";
    static final String VPORT = "vPort";
    static final String DVPORT = "dvPort";
    static final String VSC_VMK = "vSC_VMK";
    static final String VNIC = "vNIC";

    static final RvColumn INFO_VM = of(VINFO, "VM", "vm", "vmname");
    // "Powerstate" in RVTools 3.x and 4.x; some tools write "Power State": both normalise to one
    static final RvColumn INFO_POWER = of(VINFO, "Powerstate", "powerstate");
    static final RvColumn INFO_TEMPLATE = of(VINFO, "Template", "template");
    // "Memory" (MiB) in 4.x; "Memory MiB" in some older exports
    static final RvColumn INFO_MEMORY = of(VINFO, "Memory", "memory", "memorymib", "memorymb");
    static final RvColumn INFO_HOST = of(VINFO, "Host", "host");
    static final RvColumn INFO_CLUSTER = of(VINFO, "Cluster", "cluster");
    // "Primary IP Address" (4.x), internal vInfoPrimaryIPAddress; "Primary IP" in older tools
    static final RvColumn INFO_IP = of(VINFO, "Primary IP Address", "primaryipaddress", "primaryip");
    static final RvColumn INFO_NETWORK1 = of(VINFO, "Network #1", "network1");

    static final RvColumn MEMORY_VM = of(VMEMORY, "VM", "vm", "vmname");
    static final RvColumn MEMORY_SIZE = of(VMEMORY, "Size MiB", "sizemib", "size", "sizemb");
    static final RvColumn MEMORY_CONSUMED = of(VMEMORY, "Consumed", "consumed", "consumedmib", "consumedmb");

    static final RvColumn NETWORK_VM = of(VNETWORK, "VM", "vm", "vmname");
    static final RvColumn NETWORK_POWER = of(VNETWORK, "Powerstate", "powerstate");
    // internal name vNetworkName, which loses "Network" to the prefix
    static final RvColumn NETWORK_NAME = of(VNETWORK, "Network", "network", "name");
    static final RvColumn NETWORK_CONNECTED = of(VNETWORK, "Connected", "connected");
    // "IPv4 Address" (4.x), internal vNetworkIP4Address, "IP Address" in 3.x
    static final RvColumn NETWORK_IP = of(VNETWORK, "IPv4 Address", "ipv4address", "ip4address", "ipaddress");

    // internal vHostName
    static final RvColumn HOST_HOST = of(VHOST, "Host", "host", "name");
    static final RvColumn HOST_CLUSTER = of(VHOST, "Cluster", "cluster");
    // "# Memory" (MiB), internal vHostMemorySize
    static final RvColumn HOST_MEMORY = of(VHOST, "# Memory", "memory", "nummemory", "memorysize");

    static final RvColumn PORT_HOST = of(VPORT, "Host", "host");
    static final RvColumn PORT_GROUP = of(VPORT, "Port Group", "portgroup", "portgroupname");
    static final RvColumn PORT_VLAN = of(VPORT, "VLAN", "vlan", "vlanid");

    static final RvColumn DVPORT_PORT = of(DVPORT, "Port", "port", "name", "portgroup");
    static final RvColumn DVPORT_SWITCH = of(DVPORT, "Switch", "switch", "dvswitch");
    static final RvColumn DVPORT_VLAN = of(DVPORT, "VLAN", "vlan", "vlanid");

    static final RvColumn VMK_HOST = of(VSC_VMK, "Host", "host");
    static final RvColumn VMK_PORT_GROUP = of(VSC_VMK, "Port Group", "portgroup");
    static final RvColumn VMK_DEVICE = of(VSC_VMK, "Device", "device");
    static final RvColumn VMK_IP = of(VSC_VMK, "IP Address", "ipaddress", "ip");
    static final RvColumn VMK_MASK = of(VSC_VMK, "Subnet mask", "subnetmask", "mask");
    // not in every RVTools version: where absent the vMotion vmk is found by importRules.vmotionPortGroup
    static final RvColumn VMK_SERVICES = of(VSC_VMK, "Services", "services", "enabledservices");

    static final RvColumn NIC_HOST = of(VNIC, "Host", "host");
    static final RvColumn NIC_DEVICE = of(VNIC, "Network Device", "networkdevice", "device");
    static final RvColumn NIC_SPEED = of(VNIC, "Speed", "speed", "speedmbps");
    static final RvColumn NIC_SWITCH = of(VNIC, "Switch", "switch");

    private static RvColumn of(String sheet, String header, String... spellings) {
        return new RvColumn(sheet, header, List.of(spellings));
    }

    /** Lower case, letters and digits only. */
    static String normalise(String header) {
        StringBuilder b = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The prefix of the sheet's internal column names ({@code vinfo}, {@code vscvmk}). */
    static String prefixOf(String sheet) {
        return normalise(sheet).toLowerCase(Locale.ROOT);
    }
}
