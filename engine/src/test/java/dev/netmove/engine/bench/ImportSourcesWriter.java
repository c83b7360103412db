package dev.netmove.engine.bench;

import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.PortGroup;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import dev.netmove.engine.topology.VmotionInterface;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes what the server side and the switches would export for a topology: an RVTools "Export all
 * to csv" folder (vHost, vNIC, vPort, vSC_VMK, vInfo, vNetwork, vMemory; hosts with their domain, as
 * vCenter names them) and the access switches' LLDP table of the host cables (one row per cable, seen
 * from the switch). With {@link NetBoxPagesWriter} these are the three sources of the import benchmark.
 */
final class ImportSourcesWriter {

    static final String DOMAIN = ".dc1.example.com";
    private static final long MIB = 1024L * 1024;

    private final Topology topology;
    private final Map<String, Long> portMbps = new HashMap<>();

    ImportSourcesWriter(Topology topology) {
        this.topology = topology;
        for (Link link : topology.links()) {
            for (var end : link.ends()) {
                portMbps.put(end.device() + ":" + end.port(), link.speed().bitsPerSecond() / 1_000_000);
            }
        }
    }

    /** The LLDP CSV of every host cable, from the switch's side, the speed left to vCenter's vNIC sheet. */
    void writeLldp(Path file) throws IOException {
        List<String> rows = new ArrayList<>();
        for (Link link : topology.links()) {
            boolean aHost = topology.devices().get(link.a().device()).isHost();
            boolean bHost = topology.devices().get(link.b().device()).isHost();
            if (aHost == bHost) {
                continue;
            }
            var host = aHost ? link.a() : link.b();
            var sw = aHost ? link.b() : link.a();
            rows.add(sw.device() + "," + sw.port() + "," + host.device() + DOMAIN + "," + host.port() + ",");
        }
        write(file, "device,port,neighbor,neighbor_port,speed", rows);
    }

    /** The RVTools CSV export of every host and VM. */
    void writeRvTools(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<String> hosts = new ArrayList<>();
        List<String> nics = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        List<String> vmks = new ArrayList<>();
        for (Device d : topology.devices().values()) {
            if (!d.isHost()) {
                continue;
            }
            String host = d.name() + DOMAIN;
            String cluster = d.hostConfig().cluster();
            String head = host + ",DC1," + cluster + ",";
            hosts.add(head + "green,2,64," + d.hostConfig().memory().map(m -> m.bytes() / MIB).orElse(0L) + ",40,"
                    + d.hostConfig().uplinks().size() + ",VMware ESXi 8.0.2 build-22380479");
            for (String nic : d.hostConfig().uplinks()) {
                nics.add(head + nic + ",i40en," + speedMbps(d.name(), nic) + ",True,3c:fd:fe:00:00:01,vSwitch0,");
            }
            for (PortGroup g : d.hostConfig().portGroups().values()) {
                ports.add(head + g.name() + ",vSwitch0," + g.vlan() + ",False");
            }
            if (d.hostConfig().vmotion().isPresent()) {
                VmotionInterface v = d.hostConfig().vmotion().get();
                ports.add(head + "vMotion,vSwitch0," + v.vlan() + ",False");
                vmks.add(head + "vMotion,vmk1,00:50:56:00:00:01,False," + v.ip().address() + ","
                        + mask(v.ip().prefixLength()) + ",9000");
            }
        }
        write(folder.resolve("RVTools_tabvHost.csv"), "Host,Datacenter,Cluster,Config status,# CPU,# Cores,# Memory,"
                + "Memory usage %,# NICs,ESX Version", hosts);
        write(folder.resolve("RVTools_tabvNIC.csv"), "Host,Datacenter,Cluster,Network Device,Driver,Speed,Duplex,MAC,"
                + "Switch,Uplink port", nics);
        write(folder.resolve("RVTools_tabvPort.csv"), "Host,Datacenter,Cluster,Port Group,Switch,VLAN,Promiscuous Mode",
                ports);
        write(folder.resolve("RVTools_tabvSC_VMK.csv"), "Host,Datacenter,Cluster,Port Group,Device,Mac Address,DHCP,"
                + "IP Address,Subnet mask,MTU", vmks);
        writeVms(folder);
    }

    private void writeVms(Path folder) throws IOException {
        List<String> info = new ArrayList<>();
        List<String> network = new ArrayList<>();
        List<String> memory = new ArrayList<>();
        for (Vm vm : topology.vms().values()) {
            String host = vm.host() + DOMAIN;
            String cluster = topology.devices().get(vm.host()).hostConfig().cluster();
            long mib = vm.memory().bytes() / MIB;
            String ip = vm.ip().map(Object::toString).orElse("");
            info.add(vm.name() + ",poweredOn,False,green," + vm.name() + DOMAIN + ",4," + mib + ",1," + vm.portGroup()
                    + "," + ip + ",40960,20480,DC1," + cluster + "," + host + ",Ubuntu Linux (64-bit),vm-" + info.size());
            network.add(vm.name() + ",poweredOn,False,Network adapter 1,vmxnet3," + vm.portGroup() + ",vSwitch0,True,True,"
                    + "00:50:56:9a:00:01," + ip + ",," + host);
            memory.add(vm.name() + ",poweredOn,False," + mib + ",60,0," + vm.inUse().applyTo(mib) + ",1024," + host);
        }
        write(folder.resolve("RVTools_tabvInfo.csv"), "VM,Powerstate,Template,Config status,DNS Name,CPUs,Memory,NICs,"
                + "Network #1,Primary IP Address,Provisioned MiB,In Use MiB,Datacenter,Cluster,Host,"
                + "OS according to the configuration file,VM ID", info);
        write(folder.resolve("RVTools_tabvNetwork.csv"), "VM,Powerstate,Template,NIC label,Adapter,Network,Switch,"
                + "Connected,Starts Connected,Mac Address,IPv4 Address,IPv6 Address,Host", network);
        write(folder.resolve("RVTools_tabvMemory.csv"), "VM,Powerstate,Template,Size MiB,Overhead,Max,Consumed,Active,"
                + "Host", memory);
    }

    private long speedMbps(String host, String nic) {
        return portMbps.getOrDefault(host + ":" + nic, 0L);
    }

    private static String mask(int prefix) {
        long bits = prefix == 0 ? 0 : 0xFFFFFFFFL << (32 - prefix) & 0xFFFFFFFFL;
        return (bits >> 24 & 255) + "." + (bits >> 16 & 255) + "." + (bits >> 8 & 255) + "." + (bits & 255);
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(header);
            out.write("\r\n");
            for (String row : rows) {
                out.write(row);
                out.write("\r\n");
            }
        }
    }
}
