package dev.netmove.engine.migration;

import dev.netmove.engine.l2.Layer2Analysis;
import dev.netmove.engine.l2.Layer2Path;
import dev.netmove.engine.l2.Layer2Reach;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.topology.Device;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.Topology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The streams of a migration and the path of each: one stream per vMotion NIC ({@code vmotion.nics}),
 * or one on the first uplink that is up. Stream k leaves on the source's NIC k and arrives on the
 * destination's NIC k (each side's list reused from its start when the other has more); where a
 * stream's NICs are not those of the pre-check's transfer path, its path is that path with the host
 * links swapped, or the vMotion VLAN's layer-2 path between the NICs' switches.
 */
final class StreamRoutes {

    /** A stream's NICs and path, before it has sent anything. */
    record Route(String sourceNic, String destinationNic, TransferPath path) {
    }

    private final Layer2Analysis layer2;
    private final Topology topology;

    StreamRoutes(Layer2Analysis layer2) {
        this.layer2 = layer2;
        this.topology = layer2.topology();
    }

    /** The routes of a migration whose pre-check passed. */
    List<Route> of(MigrationVerdict verdict) {
        TransferPath base = verdict.transferPath().orElseThrow(
                () -> new IllegalArgumentException("the migration of " + verdict.vm() + " has no transfer path: " + verdict));
        int vlan = verdict.vmotionPath().map(Layer2Path::vlan).orElse(-1);
        String source = verdict.sourceHost();
        String destination = verdict.destinationHost();
        List<Link> sourceNics = vmotionLinks(source, vlan, base.routed());
        List<Link> destinationNics = vmotionLinks(destination, vlan, base.routed());
        Link baseFirst = base.links().get(0);
        Link baseLast = base.links().get(base.links().size() - 1);
        if (sourceNics.isEmpty()) {
            sourceNics = List.of(baseFirst);
        }
        if (destinationNics.isEmpty()) {
            destinationNics = List.of(baseLast);
        }
        int count = Math.max(sourceNics.size(), destinationNics.size());
        List<Route> routes = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            Link out = sourceNics.get(k % sourceNics.size());
            Link in = destinationNics.get(k % destinationNics.size());
            TransferPath path = spreadOverPortChannels(pathVia(base, out, in, vlan, source, destination), k, vlan);
            routes.add(new Route(out.end(source).port(), in.end(destination).port(), path));
        }
        return List.copyOf(routes);
    }

    /** The speed of the host's (first) vMotion NIC, for the automatic concurrency limit. */
    Bandwidth nicSpeed(String host) {
        List<Link> links = vmotionLinks(host, -1, true);
        if (!links.isEmpty()) {
            return links.get(0).speed();
        }
        return topology.linksOf(host).stream().map(Link::speed).findFirst().orElse(Bandwidth.ZERO);
    }

    /**
     * The links of the host's vMotion NICs that are up (and carry the vMotion VLAN, when {@code vlan} is
     * known and the path is layer 2); without {@code nics}, the first uplink that is up.
     */
    private List<Link> vmotionLinks(String host, int vlan, boolean routed) {
        Device device = topology.requireHost(host);
        List<String> nics = device.hostConfig().vmotion().map(v -> v.nics()).orElse(List.of());
        List<Link> links = new ArrayList<>();
        if (nics.isEmpty()) {
            for (String uplink : topology.uplinksOf(host)) {
                Optional<Link> link = topology.linkAt(host, uplink).filter(topology::isUp);
                if (link.isPresent()) {
                    if (usable(link.get(), vlan, routed)) {
                        links.add(link.get());
                    }
                    break;
                }
            }
            return links;
        }
        for (String nic : nics) {
            topology.linkAt(host, nic).filter(topology::isUp).filter(link -> usable(link, vlan, routed))
                    .ifPresent(links::add);
        }
        return links;
    }

    private boolean usable(Link link, int vlan, boolean routed) {
        return routed || vlan < 1 || layer2.carries(link, vlan);
    }

    /** The base path leaving on {@code out} and arriving on {@code in}. */
    private TransferPath pathVia(TransferPath base, Link out, Link in, int vlan, String source, String destination) {
        List<Link> links = base.links();
        List<String> devices = base.devices();
        int last = links.size() - 1;
        if (links.get(0).equals(out) && links.get(last).equals(in)) {
            return base;
        }
        if (links.size() < 2) {
            return base; // the hosts are cabled to each other: nothing to choose
        }
        String firstSwitch = out.otherDevice(source);
        String lastSwitch = in.otherDevice(destination);
        if (firstSwitch.equals(devices.get(1)) && lastSwitch.equals(devices.get(devices.size() - 2))) {
            List<Link> swapped = new ArrayList<>(links);
            swapped.set(0, out);
            swapped.set(last, in);
            return new TransferPath(devices, swapped, base.routed());
        }
        if (base.routed() || vlan < 1) {
            return base;
        }
        List<String> viaDevices = new ArrayList<>();
        List<Link> viaLinks = new ArrayList<>();
        viaDevices.add(source);
        viaLinks.add(out);
        if (firstSwitch.equals(lastSwitch)) {
            viaDevices.add(firstSwitch);
        } else {
            Layer2Reach reach = layer2.reach(vlan, firstSwitch, lastSwitch);
            if (!(reach instanceof Layer2Path between) || between.crosses(source) || between.crosses(destination)) {
                return base;
            }
            viaDevices.addAll(between.devices());
            viaLinks.addAll(between.links());
        }
        viaDevices.add(destination);
        viaLinks.add(in);
        return new TransferPath(viaDevices, viaLinks, false);
    }

    /**
     * Stream k of a migration takes the k-th next member of each port-channel on its path (as another TCP
     * connection hashes to another member); stream 0 keeps the member of the transfer path.
     */
    private TransferPath spreadOverPortChannels(TransferPath path, int k, int vlan) {
        if (k == 0) {
            return path;
        }
        List<Link> links = new ArrayList<>(path.links());
        boolean changed = false;
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            if (link.lag().isEmpty()) {
                continue;
            }
            String lag = link.lag().get();
            List<Link> members = topology.linksOf(link.a().device()).stream()
                    .filter(m -> m.lag().equals(Optional.of(lag)) && m.connects(link.a().device(), link.b().device()))
                    .filter(topology::isUp)
                    .filter(m -> path.routed() || vlan < 1 || layer2.carries(m, vlan))
                    .sorted(Comparator.comparing(Link::name))
                    .toList();
            int at = members.indexOf(link);
            if (members.size() > 1 && at >= 0) {
                links.set(i, members.get((at + k) % members.size()));
                changed = true;
            }
        }
        return changed ? new TransferPath(path.devices(), links, path.routed()) : path;
    }
}
