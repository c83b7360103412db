package dev.netmove.engine.change;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.topology.load.PartialDocuments;
import dev.netmove.engine.topology.load.Problem;
import dev.netmove.engine.topology.load.TopologyLoadException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A network change (a change request) as TOPOLOGY.md "Change files" writes it: a title, optionally the
 * topology it is for, and a partial topology document that merges over the network by the rules of
 * IMPORT.md. Reading checks the shape; {@link NetworkChange} checks the names against a topology.
 *
 * @param title the {@code change:} title, shown in reports and messages
 * @param topology the topology it is for, when it names one
 * @param body the devices, links, VMs, flows and migration settings it changes, each node with its line
 * @param shown the file as messages name it (relative to the project), or the feature file of a doc string
 */
public record ChangeFile(String title, Optional<String> topology, DocMap body, String shown) {

    static final List<String> KEYS = List.of("change", "topology", "devices", "links", "vms", "flows", "migration");

    public ChangeFile {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(shown, "shown");
    }

    /** Reads the change file {@code file}, named {@code shown} in messages. */
    public static ChangeFile read(Path file, String shown) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TopologyLoadException(shown, List.of(new Problem(shown, 0, 0, "", "cannot read the change file ("
                    + e.getClass().getSimpleName() + "); expected a readable YAML file")));
        }
        return parse(shown, text, 1);
    }

    /**
     * Reads a change written as {@code text} whose first line is line {@code firstLine} of {@code shown}
     * (a doc string in a feature file: its errors are placed at the feature file's own lines).
     */
    public static ChangeFile parse(String shown, String text, int firstLine) {
        if (firstLine < 1) {
            throw new IllegalArgumentException("lines count from 1, not " + firstLine);
        }
        DocMap root = PartialDocuments.read(shown, "\n".repeat(firstLine - 1) + text);
        List<Problem> problems = new ArrayList<>();
        DocMap body = new DocMap(root.origin());
        String title = null;
        Optional<String> topology = Optional.empty();
        for (Map.Entry<String, DocNode> e : root.entries().entrySet()) {
            String key = e.getKey();
            DocNode value = e.getValue();
            switch (key) {
                case "change" -> title = scalar(value, key, "a title such as CR-1234 prune VLAN 120 from the core",
                        problems);
                case "topology" -> topology = Optional.ofNullable(scalar(value, key, "the name of the topology the "
                        + "change is for", problems));
                case "devices", "vms" -> {
                    if (value instanceof DocMap) {
                        body.put(key, value);
                    } else {
                        problems.add(at(value, key, "found " + DocumentMergeText.describe(value) + "; expected a map of "
                                + ("devices".equals(key) ? "device" : "VM") + " name to what changes (null removes it)"));
                    }
                }
                case "links" -> {
                    if (value instanceof DocMap) {
                        body.put(key, value);
                    } else {
                        problems.add(at(value, key, "found " + DocumentMergeText.describe(value) + "; expected a map "
                                + "of link name to what changes, such as agg1-core1: { vlans: 110,900 } (in a change "
                                + "file links are keyed by name)"));
                    }
                }
                case "flows", "migration" -> body.put(key, value);
                default -> problems.add(at(value, key, "found the unknown key " + key + ClosestNames.didYouMean(key, KEYS)
                        + "; expected one of " + String.join(", ", KEYS)));
            }
        }
        if (title == null && !root.entries().containsKey("change")) {
            problems.add(new Problem(shown, 0, 0, "change", "the change has no title; expected change: a title "
                    + "such as CR-1234 prune VLAN 120 from the core (shown in reports and messages)"));
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            throw new TopologyLoadException(shown, problems);
        }
        return new ChangeFile(title, topology, body, shown);
    }

    private static String scalar(DocNode value, String key, String expected, List<Problem> problems) {
        if (value instanceof DocScalar s && s.text() != null && !s.text().isBlank()) {
            return s.text().strip();
        }
        problems.add(at(value, key, "found " + DocumentMergeText.describe(value) + "; expected " + expected));
        return null;
    }

    static Problem at(DocNode node, String path, String message) {
        Origin o = node.origin();
        return new Problem(o.file(), o.line(), o.line() > 0 ? Math.max(1, o.column()) : 0, path, message);
    }
}
