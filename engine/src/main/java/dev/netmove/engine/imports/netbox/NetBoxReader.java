package dev.netmove.engine.imports.netbox;

import static dev.netmove.engine.imports.netbox.NetBoxFields.choice;
import static dev.netmove.engine.imports.netbox.NetBoxFields.id;
import static dev.netmove.engine.imports.netbox.NetBoxFields.nested;
import static dev.netmove.engine.imports.netbox.NetBoxFields.text;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportPipeline;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceReader;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.netbox.CableTracer.Connection;
import dev.netmove.engine.imports.netbox.NetBoxPages.Item;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The {@code netbox:} source (IMPORT.md): a folder of saved NetBox REST list responses, NetBox 3.3 to
 * 4.x, read into devices, links and VMs. The document's top-level keys are {@code devices},
 * {@code links}, {@code vms}, and {@code vmVlans.<vm>} ({@link ImportPipeline#VM_VLANS}): the VLAN that gives a VM its
 * port group when no later source and no overlay gives one.
 */
public final class NetBoxReader implements SourceReader {

    /** The list endpoints read, each saved as {@code <endpoint>.json} in the folder. */
    public static final List<String> ENDPOINTS = List.of("dcim/devices", "dcim/interfaces", "dcim/cables", "ipam/vlans",
            "ipam/ip-addresses", "ipam/fhrp-groups", "ipam/fhrp-group-assignments", "virtualization/clusters",
            "virtualization/virtual-machines", "virtualization/interfaces", "vpn/l2vpns", "vpn/l2vpn-terminations");

    /** Endpoints a NetBox may lack (L2VPN is {@code ipam/} before 3.7, absent before 3.3's plugins). */
    public static final Set<String> OPTIONAL = Set.of("vpn/l2vpns", "vpn/l2vpn-terminations");

    private static final Set<String> VXLAN_TYPES = Set.of("vxlan", "vxlan-evpn");

    @Override
    public String kind() {
        return "netbox";
    }

    @Override
    public SourceResult read(Path source, String shown, ImportRules rules) {
        if (!Files.isDirectory(source)) {
            throw new SourceException(shown, (Files.exists(source) ? "is a file" : "does not exist")
                    + "; expected a folder of NetBox REST API list responses (dcim/devices.json, dcim/interfaces.json, ...)");
        }
        String prefix = shown.endsWith("/") ? shown : shown + "/";
        boolean any = ENDPOINTS.stream().anyMatch(e -> Files.isRegularFile(source.resolve(e + ".json")));
        if (!any) {
            throw new SourceException(shown, "holds none of NetBox's list files; expected dcim/devices.json,"
                    + " dcim/interfaces.json, dcim/cables.json and the others of IMPORT.md (the folder netmove:import writes"
                    + " with netbox.url, or saved /api/<endpoint>/ responses)");
        }
        ReadContext context = new ReadContext(rules);
        // each file is read when its turn comes and dropped after, so that only one large file is held at a time
        Pages pages = (endpoint, each) -> {
            String file = endpoint;
            if (OPTIONAL.contains(endpoint) && !Files.isRegularFile(source.resolve(endpoint + ".json"))) {
                file = endpoint.replace("vpn/", "ipam/"); // NetBox 3.3 to 3.6 keep L2VPNs under ipam/
            }
            NetBoxPages.forEach(source.resolve(file + ".json"), prefix + file + ".json", file, each, context.notes::add);
        };
        return read(pages, shown, context);
    }

    /** The result objects of each endpoint, in file order, handed over one by one as they are parsed. */
    interface Pages {
        void forEach(String endpoint, Consumer<Item> each);

        default List<Item> list(String endpoint) {
            List<Item> items = new ArrayList<>();
            forEach(endpoint, items::add);
            return items;
        }
    }

    /** Reads the pages of each endpoint; the large ones (interfaces, cables, VMs) are never held whole. */
    SourceResult read(Pages pages, String shown, ReadContext context) {
        Map<Long, Integer> vlanIds = new HashMap<>();
        for (Item vlan : pages.list("ipam/vlans")) {
            if (id(vlan.node()) >= 0 && vlan.node().path("vid").canConvertToInt()) {
                vlanIds.put(id(vlan.node()), vlan.node().get("vid").asInt());
            }
        }
        InterfaceReader interfaceReader = new InterfaceReader(context, vlanIds);
        Map<Long, NetBoxInterface> interfaces = interfaceReader.read(pages, "dcim/interfaces");
        List<Connection> connections = new CableTracer(context, interfaces).trace(pages, "dcim/cables");

        AddressIndex addresses = new AddressIndex(context);
        addresses.readAddresses(pages.list("ipam/ip-addresses"));
        addresses.readGroups(pages.list("ipam/fhrp-groups"));
        addresses.readAssignments(pages.list("ipam/fhrp-group-assignments"));
        Map<Integer, Long> vnis = vnis(pages, interfaceReader, context);

        DocMap document = new DocMap(Origin.pointer(shown, ""));
        DocMap devices = document.map("devices", document.origin());
        DeviceBuilder deviceBuilder = new DeviceBuilder(context, interfaces, addresses, vnis);
        List<Item> deviceItems = pages.list("dcim/devices");
        deviceBuilder.build(deviceItems, connections, devices);
        DocList links = document.list("links", document.origin());
        int linkCount = new LinkBuilder(context, interfaces, deviceBuilder.routedIps()).build(connections, deviceBuilder.kept(), links);
        DocMap vms = document.map("vms", document.origin());
        DocMap vmVlans = new DocMap(document.origin());
        VmBuilder vmBuilder = new VmBuilder(context, interfaceReader);
        pages.forEach("virtualization/interfaces", vmBuilder::readInterface);
        pages.forEach("virtualization/virtual-machines", item -> vmBuilder.add(item, vms, vmVlans));
        int vmCount = vmBuilder.count();
        if (!vmVlans.entries().isEmpty()) {
            document.put(ImportPipeline.VM_VLANS, vmVlans);
        }
        Map<String, Integer> counts = new TreeMap<>();
        long hosts = deviceBuilder.kept().values().stream().filter(DeviceBuilder.Kept::host).count();
        counts.put("devices", deviceBuilder.kept().size() - (int) hosts);
        counts.put("hosts", (int) hosts);
        counts.put("links", linkCount);
        counts.put("svis", deviceBuilder.svis);
        counts.put("vms", vmCount);
        counts.put("skipped devices", deviceItems.size() - deviceBuilder.kept().size());
        return new SourceResult(document, counts, context.notes, context.problems);
    }

    /** VLAN -> VNI of the L2VPNs of type vxlan/vxlan-evpn that terminate on a VLAN. */
    private static Map<Integer, Long> vnis(Pages pages, InterfaceReader vlans, ReadContext context) {
        Map<Long, Item> l2vpns = new HashMap<>();
        for (Item l2vpn : pages.list("vpn/l2vpns")) {
            l2vpns.put(id(l2vpn.node()), l2vpn);
        }
        Map<Integer, Long> vnis = new TreeMap<>();
        for (Item t : pages.list("vpn/l2vpn-terminations")) {
            JsonNode n = t.node();
            JsonNode nestedVpn = nested(n, "l2vpn");
            Item full = nestedVpn == null ? null : l2vpns.get(id(nestedVpn));
            JsonNode vpn = full != null ? full.node() : nestedVpn;
            if (vpn == null) {
                context.problem(t.origin(), "an L2VPN termination without its l2vpn", "an object with l2vpn {id, identifier, type}");
                continue;
            }
            String type = choice(vpn, "type");
            if (type == null || !VXLAN_TYPES.contains(type)) { // an L2VPN of no type (or another) carries no VNI here
                continue;
            }
            if (!"ipam.vlan".equals(text(n, "assigned_object_type"))) {
                context.note(ImportNote.Kind.UNREAD, t.origin(), "L2VPN " + text(vpn, "name") + " terminates on "
                        + text(n, "assigned_object_type") + ", not on a VLAN: left out");
                continue;
            }
            JsonNode object = n.get("assigned_object");
            int vid = object != null && object.isObject() ? vlans.vid(object) : vlans.vid(n.get("assigned_object_id"));
            if (vid < 0 || !vpn.path("identifier").canConvertToLong()) {
                context.problem(t.origin(), "a VXLAN termination without " + (vid < 0 ? "its VLAN" : "the L2VPN identifier"),
                        "assigned_object {id, vid} and an L2VPN with identifier (the VNI)");
                continue;
            }
            vnis.put(vid, vpn.get("identifier").asLong());
        }
        return vnis;
    }
}
