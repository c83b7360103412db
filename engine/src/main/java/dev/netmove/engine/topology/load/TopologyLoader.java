package dev.netmove.engine.topology.load;

import dev.netmove.engine.imports.ImportResult;
import dev.netmove.engine.imports.SourceOverride;
import dev.netmove.engine.imports.SourceReaders;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import dev.netmove.engine.topology.load.yaml.YamlTree;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a topology file (TOPOLOGY.md, format version 1; YAML or JSON) into a {@link Topology},
 * reporting every problem of the file at once as a {@link TopologyLoadException} whose problems
 * each name file, line, column and key path.
 *
 * <p>Defaults and decisions where TOPOLOGY.md is silent:
 * <ul>
 * <li>{@code topology:} omitted: the file name without its extension.</li>
 * <li>{@code devices:} and {@code links:} are required ({@code links: []} for none); {@code vms},
 *     {@code flows} and {@code migration} are optional.</li>
 * <li>A device's {@code vlans:} omitted: VLAN 1 only (the default VLAN every switch has). A host
 *     takes no {@code vlans:}; its VLANs are those of its port groups and vMotion interface.</li>
 * <li>Every switch role (access, leaf, aggregation, spine, core, border) runs spanning tree with
 *     priority 32768 when {@code stp:} is omitted; routers, firewalls and external devices run none
 *     unless {@code stp:} is written. Bridge priorities are multiples of 4096 up to 61440.</li>
 * <li>A host's {@code cluster:} omitted: {@code default}. {@code memory:} omitted: unlimited.
 *     {@code uplinks:} omitted: the ports of its links in natural order (vmnic2 before vmnic10).
 *     {@code vmotion:} needs {@code vlan} and {@code ip}; its VLAN may be 0 / "untagged" like a
 *     port group's.</li>
 * <li>FHRP: {@code priority} defaults to 100; the HSRP {@code group} defaults to 0, VRRP (1-255) and
 *     GLBP (0-1023) need one; {@code vip} is required, inside the SVI's subnet and not its own
 *     address; an FHRP needs the SVI's {@code ip}. {@code anycast: true} makes the SVI's own address
 *     the gateway of every device with that SVI. An SVI has one gateway protocol at most; its VLAN
 *     must be in the device's {@code vlans}; {@code transit} defaults to false.</li>
 * <li>Links: mode trunk, vlans all, native 1, latency 5us, no load, cost 100Gbps/speed (at least 1).
 *     An access port's VLAN is its {@code vlans} (one VLAN, default 1); {@code native} is for trunks
 *     only; {@code vlans}/{@code native} are refused on routed ports, {@code ip} on non-routed ones,
 *     {@code cost} on links with no routed end. A routed end needs an IP. {@code load} may not
 *     exceed the speed; {@code load: {forward: x}} leaves the other direction at 0.</li>
 * <li>Links sharing a lag name at a device must go to the same neighbour at the same speed (a vPC
 *     or MLAG port-channel is written as one lag per peer).</li>
 * <li>VMs need {@code host}, {@code portGroup} and {@code memory}; a VM may not have a device's name
 *     (flows name both). Flows need {@code from}, {@code to} and {@code rate}.</li>
 * <li>{@code migration:} {@code maxDowntime}, {@code maxRounds} and {@code streamCap} accept
 *     {@code none}; {@code concurrentPerHost} accepts {@code auto}.</li>
 * <li>Names: device names may not contain {@code :} (links write {@code device:port}; the port is
 *     everything after the first colon). A link joins two different devices; each port is on one
 *     link only; link names are unique.</li>
 * <li>YAML: duplicate keys are errors; merge keys ({@code <<: *anchor}) are supported, keys written
 *     in the map win; at most {@value #MAX_ALIASES} aliases of lists or maps (alias bombs); files
 *     up to 64 MiB; nesting up to {@value #MAX_NESTING} levels; one document per file. Numbers are
 *     read from the text as written (YAML's int/float typing is ignored); a whole number written with a
 *     leading zero ({@code 010}) is refused as ambiguous, and so is every tag ({@code !!int 8}): plain YAML
 *     only. JSON's escapes are read, {@code \/} too. Booleans are true/false
 *     (yes/no and on/off too). In a flow map, {@code {vlans: 110,120}} means the VLAN list 110,120
 *     as TOPOLOGY.md writes it (plain YAML would split it at the comma). JSON may indent with tabs.</li>
 * </ul>
 *
 * <p>Files in the common subset of YAML (and JSON) are read by a fast parser of our own, the rest
 * and every malformed file by SnakeYAML, whose messages are the ones shown; both give the same tree.
 */
public final class TopologyLoader {

    /** The largest topology file read: 64 MiB. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** The most aliases of lists or maps a file may use; more is refused as a likely alias bomb. */
    public static final int MAX_ALIASES = 20;

    /** The deepest nesting of YAML lists and maps accepted. */
    public static final int MAX_NESTING = 50;

    private final SourceReaders readers;
    private final List<SourceOverride> overrides;

    /** A loader whose files may import from every standard source kind ({@link SourceReaders#standard()}). */
    public TopologyLoader() {
        this(SourceReaders.standard());
    }

    /** A loader whose files import through {@code readers}. */
    public TopologyLoader(SourceReaders readers) {
        this(readers, List.of());
    }

    private TopologyLoader(SourceReaders readers, List<SourceOverride> overrides) {
        this.readers = readers;
        this.overrides = List.copyOf(overrides);
    }

    /**
     * This loader, but a file's {@code import:} entry of {@code override.kind()} reads {@code override.path()}
     * instead of the path written there; a file that imports without such an entry is an error.
     */
    public TopologyLoader replacing(SourceOverride override) {
        List<SourceOverride> all = new ArrayList<>(overrides);
        all.removeIf(o -> o.kind().equals(override.kind()));
        all.add(override);
        return new TopologyLoader(readers, all);
    }

    /** Reads {@code file}, naming it in messages as the path was given. */
    public Topology load(Path file) {
        return load(file, file.toString());
    }

    /**
     * Reads {@code file} as {@link #load(Path, String)} does; its {@code import:} sources must lie inside
     * {@code projectFolder}.
     */
    public Topology load(Path file, String shown, Path projectFolder) {
        return read(file, shown, projectFolder).topology();
    }

    /**
     * Reads {@code file} with what its import gave (an empty import for a file without {@code import:}):
     * for {@code netmove:import} and for callers that cache on the source files too.
     */
    public ImportedTopology read(Path file, String shown, Path projectFolder) {
        Path fileName = file.getFileName();
        String source = fileName == null ? shown : fileName.toString();
        return parse(shown, source, text(file, shown), file, projectFolder);
    }

    /**
     * Reads {@code file}, naming it in messages as {@code shown} (for instance its path relative to
     * the project folder, which is what a user looks for in the build log).
     */
    public Topology load(Path file, String shown) {
        return load(file, shown, projectOf(file, shown));
    }

    /**
     * The project folder a file named {@code shown} lives in: {@code shown} relative to the project
     * (as callers name files), so the folder is the file's path without as many trailing elements;
     * else the file's own folder.
     */
    static Path projectOf(Path file, String shown) {
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException | SecurityException e) {
            real = file.toAbsolutePath().normalize();
        }
        Path folder = real.getParent();
        try {
            Path relative = Path.of(shown).normalize();
            if (!relative.isAbsolute() && !relative.startsWith("..") && real.endsWith(relative)) {
                Path root = real;
                for (int i = 0; i < relative.getNameCount() && root != null; i++) {
                    root = root.getParent();
                }
                if (root != null) {
                    return root;
                }
            }
        } catch (java.nio.file.InvalidPathException e) {
            // a label that is no path: the file's folder
        }
        return folder;
    }

    private static String text(Path file, String shown) {
        byte[] bytes;
        if (Files.isDirectory(file)) {
            throw fileProblem(shown, "is a folder; expected a topology file (a .yaml file) at this path");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a named pipe would block the build until something writes to it
            throw fileProblem(shown, "is not a regular file (a named pipe, a device or a socket), so it is not read;"
                    + " expected a topology file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(shown, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw fileProblem(shown, "no such file (looked for " + file.toAbsolutePath() + "); expected a topology "
                    + "file at this path");
        } catch (IOException e) {
            throw fileProblem(shown, "cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); expected a readable file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw fileProblem(shown, "found bytes that are not UTF-8 text; expected a UTF-8 file (save it as UTF-8)");
        }
        return text;
    }

    /**
     * Reads {@code yamlText} as the topology file {@code fileName} (used in messages; its last
     * path element becomes the topology's source).
     */
    public Topology load(String fileName, String yamlText) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        String source = slash >= 0 ? fileName.substring(slash + 1) : fileName;
        // a char is at most 3 UTF-8 bytes; count exactly only when the text could be near the limit
        if ((long) yamlText.length() * 3 > MAX_FILE_BYTES) {
            long size = yamlText.getBytes(StandardCharsets.UTF_8).length;
            if (size > MAX_FILE_BYTES) {
                throw tooLarge(fileName, size);
            }
        }
        return parse(fileName, source, yamlText, null, null).topology();
    }

    /**
     * The steps of a load: the text becomes a tree of YAML nodes, the tree a topology. Merging the
     * sources a file imports goes between the two.
     */
    private ImportedTopology parse(String shown, String source, String text, Path file, Path project) {
        ProblemList problems = new ProblemList(shown);
        YamlNode root = YamlTree.read(text, MAX_ALIASES, MAX_NESTING, (int) MAX_FILE_BYTES, problems::add);
        if (!problems.isEmpty()) {
            throw problems.toException();
        }
        if (ImportedTopologyReader.imports(root) || !overrides.isEmpty()) {
            return new ImportedTopologyReader(readers, overrides).read(root, shown, source, file, project);
        }
        Topology topology = new TopologyReader(problems).read(root, source);
        if (!problems.isEmpty() || topology == null) {
            throw problems.isEmpty() ? new IllegalStateException("no topology and no problem for " + shown)
                    : problems.toException();
        }
        return new ImportedTopology(topology, ImportResult.none());
    }

    private static TopologyLoadException tooLarge(String shown, long size) {
        return fileProblem(shown, "the file is " + size + " bytes, more than the limit of " + MAX_FILE_BYTES
                + " bytes (64 MiB); expected a topology file of at most 64 MiB: split it, or remove what the "
                + "scenarios do not need");
    }

    private static TopologyLoadException fileProblem(String shown, String message) {
        return new TopologyLoadException(shown, List.of(new Problem(shown, 0, 0, "", message)));
    }
}
