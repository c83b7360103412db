package dev.netmove.engine.imports;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.netmove.engine.quantity.Bandwidth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs an import: reads every source with its reader, normalises names once across all of them,
 * merges the sources in order and the overlay over them ({@link DocumentMerge}), then applies what
 * needs every source: ports' settings go to the link ends on them ({@link PortSettings}), neighbours that
 * are no device are left out, imported links get their default name and, where no source gave its speed,
 * the speed its ports run at ({@link #PORT_SPEEDS}), and a VM without a port group takes the one of its
 * source VLAN. A source's note about a VM the merged document no longer has, or about a key it now has (a port
 * group the overlay gives), is left out of the result.
 */
public final class ImportPipeline {

    /**
     * A top-level key a reader may add to its document: VM name -> VLAN, the port group a VM takes
     * when no source and no overlay gives one (IMPORT.md, NetBox {@code untagged_vlan}).
     */
    public static final String VM_VLANS = "vmVlans";

    /**
     * A top-level key a reader may add to its document: {@code host:port} -> speed, the speed a port
     * runs at (RVTools vNIC {@code Speed}, govc {@code linkSpeed}); it gives an imported link without
     * a speed its speed (the lower of its two ends), before {@code importRules.defaultSpeed}.
     */
    public static final String PORT_SPEEDS = "portSpeeds";

    /**
     * A top-level key a reader may add to its document: host -> cluster, a cluster known only by an
     * identifier (govc's MoRef {@code domain-c7}) that a host takes when no source and no overlay names its cluster.
     */
    public static final String CLUSTER_HINTS = "clusterHints";

    private final SourceReaders readers;

    public ImportPipeline(SourceReaders readers) {
        this.readers = readers;
    }

    /**
     * Imports {@code sources} under {@code rules} and merges {@code overlay} (from {@code overlayFile}) over them.
     * Never throws for a source's problems: they are in the result.
     */
    public ImportResult run(List<ImportSource> sources, ImportRules rules, DocMap overlay, String overlayFile) {
        List<ImportResult.SourceSummary> summaries = new ArrayList<>();
        List<ImportResult.SourceFailure> failed = new ArrayList<>();
        List<DocMap> documents = new ArrayList<>();
        List<Read> reads = ParallelSources.map(sources, source -> read(source, rules));
        Set<String> names = new LinkedHashSet<>();
        for (Read read : reads) {
            if (read.failure() != null) {
                failed.add(read.failure());
            } else {
                documents.add(read.result().document());
                names.addAll(read.names());
            }
            summaries.add(read.summary());
        }
        DocumentNames.collect(overlay, names);
        DeviceNames normaliser = DeviceNames.of(names, rules);
        DocumentMerge merge = new DocumentMerge(Origin.line(overlayFile, 1));
        Map<String, DocScalar> vmVlans = new LinkedHashMap<>();
        Map<String, DocScalar> portSpeeds = new HashMap<>();
        Map<String, DocScalar> clusterHints = new LinkedHashMap<>();
        for (DocMap doc : documents) { // each read for this import only: its hints taken out, renamed in place, handed over
            if (doc.entries().remove(VM_VLANS) instanceof DocMap hints) {
                hints.entries().forEach((vm, vlan) -> {
                    if (vlan instanceof DocScalar s && s.text() != null) {
                        vmVlans.put(vm, s); // VM names are kept as written: only device names are normalised
                    }
                });
            }
            if (doc.entries().remove(CLUSTER_HINTS) instanceof DocMap hints) {
                hints.entries().forEach((host, cluster) -> {
                    if (cluster instanceof DocScalar s && s.text() != null) {
                        clusterHints.put(normaliser.of(host), s);
                    }
                });
            }
            if (doc.entries().remove(PORT_SPEEDS) instanceof DocMap speeds) {
                speeds.entries().forEach((port, speed) -> {
                    int colon = port.indexOf(':');
                    if (colon > 0 && speed instanceof DocScalar s && s.text() != null) {
                        portSpeeds.put(LinkEnds.canonical(normaliser.of(port.substring(0, colon)) + port.substring(colon)), s);
                    }
                });
            }
        }
        // each document renamed on its own (they share nothing), then merged in the order of the sources
        for (DocMap doc : ParallelSources.map(documents, doc -> {
            DocumentNames.rename(doc, normaliser);
            return doc;
        })) {
            merge.mergeOwned(doc);
        }
        Set<String> sourceLinks = new LinkedHashSet<>();
        if (merge.result().entries().get("links") instanceof DocList links) {
            for (DocNode link : links.items()) {
                if (link instanceof DocMap m && LinkEnds.key(m) != null) {
                    sourceLinks.add(LinkEnds.key(m));
                }
            }
        }
        PortSettings ports = PortSettings.takeFrom(merge.result());
        DocMap overlayCopy = (DocMap) DocumentMerge.copy(overlay);
        DocumentNames.rename(overlayCopy, normaliser);
        merge.merge(overlayCopy);
        DocMap document = merge.result();
        List<ImportNote> notes = new ArrayList<>();
        List<Disagreement> disagreements = new ArrayList<>(merge.disagreements());
        ports.attach(document, overlayFile, notes, disagreements);
        finish(document, sourceLinks, vmVlans, portSpeeds, rules, notes);
        dropUncabledUplinks(document, overlayFile, notes);
        clusterHints.forEach((host, cluster) -> {
            if (document.entries().get("devices") instanceof DocMap devices
                    && devices.entries().get(host) instanceof DocMap device) {
                device.entries().putIfAbsent("cluster", cluster);
            }
        });
        return new ImportResult(document, unsettled(summaries, document, normaliser), disagreements, notes, failed);
    }

    /** Each source's summary without the notes the merged document settles ({@link ImportNote#settled}). */
    private static List<ImportResult.SourceSummary> unsettled(List<ImportResult.SourceSummary> summaries, DocMap document,
            DeviceNames names) {
        List<ImportResult.SourceSummary> kept = new ArrayList<>();
        for (ImportResult.SourceSummary s : summaries) {
            List<ImportNote> notes = s.notes().stream().filter(n -> !n.settled(document, names)).toList();
            kept.add(notes.size() == s.notes().size() ? s
                    : new ImportResult.SourceSummary(s.source(), s.counts(), notes, s.problems(), s.files()));
        }
        return kept;
    }

    /** One source read: its summary, and its document or why it could not be read. */
    private record Read(ImportResult.SourceSummary summary, SourceResult result, Set<String> names,
                        ImportResult.SourceFailure failure) {
    }

    private Read read(ImportSource source, ImportRules rules) {
        List<Path> files = files(source.path());
        try {
            SourceReader reader = readers.create(source.kind(), source.options(), source.declared().file());
            SourceResult result = reader.read(source.path(), source.shown(), rules);
            Set<String> names = new LinkedHashSet<>(); // the device names it writes, collected where it was read
            DocumentNames.collect(result.document(), names);
            return new Read(new ImportResult.SourceSummary(source, result.counts(), result.notes(), result.problems(),
                    files), result, names, null);
        } catch (SourceException e) {
            return new Read(new ImportResult.SourceSummary(source, Map.of(), List.of(), List.of(), files), null, Set.of(),
                    new ImportResult.SourceFailure(source, e.getMessage()));
        }
    }

    private static void finish(DocMap document, Set<String> sourceLinks, Map<String, DocScalar> vmVlans,
                               Map<String, DocScalar> portSpeeds, ImportRules rules, List<ImportNote> notes) {
        DocMap devices = document.map("devices", document.origin());
        DocList links = document.list("links", document.origin());
        for (Iterator<DocNode> it = links.items().iterator(); it.hasNext();) {
            if (!(it.next() instanceof DocMap link) || !sourceLinks.contains(LinkEnds.key(link))) {
                continue;
            }
            List<String> unknown = LinkEnds.devices(link).stream().filter(d -> !devices.entries().containsKey(d)).toList();
            if (!unknown.isEmpty()) {
                it.remove();
                notes.add(new ImportNote(ImportNote.Kind.UNKNOWN_NEIGHBOUR, link.origin(), "link "
                        + LinkEnds.nameOf(link) + " left out: " + String.join(" and ", unknown)
                        + (unknown.size() == 1 ? " is" : " are") + " no device of the model (add it under devices: to keep the link)"));
                continue;
            }
            if (!link.entries().containsKey("speed") && !portSpeeds.isEmpty()) {
                DocScalar speed = portSpeed(link, portSpeeds);
                if (speed != null) {
                    link.put("speed", speed);
                }
            }
            if (!link.entries().containsKey("speed") && rules.defaultSpeed().isPresent()) {
                link.put("speed", rules.defaultSpeed().get(), link.origin());
            }
            if (!link.entries().containsKey("name")) {
                link.entries().put("name", new DocScalar(LinkEnds.sortedName(link), link.origin()));
            }
        }
        if (!vmVlans.isEmpty() && document.entries().get("vms") instanceof DocMap vms) {
            for (Map.Entry<String, DocScalar> e : vmVlans.entrySet()) {
                if (vms.entries().get(e.getKey()) instanceof DocMap vm && !vm.entries().containsKey("portGroup")) {
                    vm.put("portGroup", portGroupFor(vm, e.getValue(), devices), e.getValue().origin());
                }
            }
        }
    }

    /**
     * A host's imported uplinks that no link of the merged model uses (a vmnic vCenter lists but no source cables:
     * unused, or its switch not in any source) are left out, each with a note; a list the overlay wrote is kept as
     * written, for the loader to check.
     */
    private static void dropUncabledUplinks(DocMap document, String overlayFile, List<ImportNote> notes) {
        if (!(document.entries().get("devices") instanceof DocMap devices)) {
            return;
        }
        Set<String> cabled = new HashSet<>();
        if (document.entries().get("links") instanceof DocList links) {
            for (DocNode link : links.items()) {
                if (link instanceof DocMap m) {
                    LinkEnds.ends(m).forEach(end -> cabled.add(LinkEnds.canonical(end)));
                }
            }
        }
        for (Map.Entry<String, DocNode> d : devices.entries().entrySet()) {
            if (!(d.getValue() instanceof DocMap device) || !(device.entries().get("uplinks") instanceof DocList uplinks)
                    || uplinks.origin().file().equals(overlayFile)) {
                continue;
            }
            for (Iterator<DocNode> it = uplinks.items().iterator(); it.hasNext();) {
                DocNode nic = it.next();
                if (nic instanceof DocScalar s && s.text() != null
                        && !cabled.contains(LinkEnds.canonical(d.getKey() + ":" + s.text()))) {
                    it.remove();
                    notes.add(new ImportNote(ImportNote.Kind.SKIPPED, s.origin(), "uplink " + s.text() + " of host "
                            + d.getKey() + " left out: no source cables " + d.getKey() + ":" + s.text()
                            + " (write its link under links: in the overlay to keep it)"));
                }
            }
            if (uplinks.items().isEmpty()) {
                device.entries().remove("uplinks");
            }
        }
    }

    /** The lower of the speeds its ends' ports run at; null when no source gave either. */
    private static DocScalar portSpeed(DocMap link, Map<String, DocScalar> portSpeeds) {
        DocScalar slower = null;
        for (String end : LinkEnds.ends(link)) {
            DocScalar speed = portSpeeds.get(LinkEnds.canonical(end));
            if (speed != null && (slower == null || bits(speed) < bits(slower))) {
                slower = speed;
            }
        }
        return slower;
    }

    private static long bits(DocScalar speed) {
        try {
            return Bandwidth.parse(speed.text()).bitsPerSecond();
        } catch (RuntimeException e) {
            return Long.MAX_VALUE; // the loader reports the speed where it is written
        }
    }

    /** The VM's host's port group in that VLAN; else {@code vlan<id>}, added to the host. */
    private static String portGroupFor(DocMap vm, DocScalar vlan, DocMap devices) {
        String name = "vlan" + vlan.text();
        if (vm.entries().get("host") instanceof DocScalar host && host.text() != null
                && devices.entries().get(host.text()) instanceof DocMap device) {
            DocMap groups = device.map("portGroups", vlan.origin());
            for (Map.Entry<String, DocNode> g : groups.entries().entrySet()) {
                if (g.getValue() instanceof DocScalar s && vlan.text().equals(s.text())) {
                    return g.getKey();
                }
            }
            groups.entries().putIfAbsent(name, vlan);
        }
        return name;
    }

    /** The regular files of a source (itself, or every file under its folder), sorted. */
    static List<Path> files(Path source) {
        if (Files.isRegularFile(source)) {
            return List.of(source);
        }
        if (!Files.isDirectory(source)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(source)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
