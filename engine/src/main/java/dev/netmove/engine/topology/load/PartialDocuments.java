package dev.netmove.engine.topology.load;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.LinkEnds;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import dev.netmove.engine.topology.load.yaml.YamlTree;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The loader's side of partial documents outside an import (change files): YAML text read into a
 * {@link DocMap} whose nodes remember file, line and column, and a merged document read into a
 * {@link Topology} with every check of the loader, each problem placed where its fact came from.
 */
public final class PartialDocuments {

    private PartialDocuments() {
    }

    /**
     * Reads {@code text} (a partial topology document such as a change file) as a document whose nodes
     * carry {@code shown} and their line and column. Malformed YAML, tags and duplicate keys are refused as
     * in a topology file.
     */
    public static DocMap read(String shown, String text) {
        ProblemList problems = new ProblemList(shown);
        YamlNode root = YamlTree.read(text, TopologyLoader.MAX_ALIASES, TopologyLoader.MAX_NESTING,
                (int) TopologyLoader.MAX_FILE_BYTES, problems::add);
        if (!problems.isEmpty()) {
            throw problems.toException();
        }
        if (root == null || ValueReader.isNull(root)) {
            problems.addForFile("", "the file is empty; expected a map with at least the key change (a title)");
            throw problems.toException();
        }
        ValueReader values = new ValueReader(problems);
        dev.netmove.engine.imports.DocNode converted = new OverlayDocument(values, shown).convert(root, "");
        if (!problems.isEmpty()) {
            throw problems.toException();
        }
        if (!(converted instanceof DocMap map)) {
            throw new TopologyLoadException(shown, List.of(new Problem(shown, root.line(), root.column(), "",
                    "found " + ValueReader.describe(root) + "; expected a map with the keys change, topology, devices, "
                            + "links, vms, flows, migration")));
        }
        return map;
    }

    /**
     * The topology of a merged {@code document}, named {@code sourceName}. A problem at a fact whose origin
     * has a line is placed there; any other is placed in {@code shown} with its key path.
     */
    public static Topology build(DocMap document, String shown, String sourceName) {
        DocumentTree tree = new DocumentTree();
        YamlNode merged = tree.build(document);
        ProblemList problems = new ProblemList(shown);
        Topology topology = new TopologyReader(problems).read(merged, sourceName);
        List<Problem> placed = new ArrayList<>();
        for (Problem p : problems.sorted()) {
            Origin origin = tree.origin(p.line());
            String path = byLinkName(p.path(), document);
            String message = byLinkName(p.message(), document);
            if (origin != null && origin.line() > 0) {
                placed.add(new Problem(origin.file(), origin.line(), Math.max(1, origin.column()), path, message));
            } else {
                placed.add(new Problem(shown, 0, 0, path, message));
            }
        }
        if (!placed.isEmpty() || topology == null) {
            throw new TopologyLoadException(shown, placed.isEmpty()
                    ? List.of(new Problem(shown, 0, 0, "", "the changed topology could not be built")) : placed);
        }
        return topology;
    }

    private static final Pattern LINK_INDEX = Pattern.compile("\\blinks\\[(\\d+)]");

    /**
     * {@code links.agg3-core1} for {@code links[4]}: a change file keys its links by name, and its user never saw
     * where a link stands in the merged list.
     */
    static String byLinkName(String text, DocMap document) {
        return byLinkName(text, document, true);
    }

    /**
     * With {@code keyed} {@code links.agg3-core1}, the key of a change file's map of links; else
     * {@code links[agg3-core1]}, as the import report names a link in its list.
     */
    static String byLinkName(String text, DocMap document, boolean keyed) {
        if (text.indexOf("links[") < 0 || !(document.entries().get("links") instanceof DocList links)) {
            return text;
        }
        Matcher m = LINK_INDEX.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int index = Integer.parseInt(m.group(1));
            String name = index < links.items().size() && links.items().get(index) instanceof DocMap link
                    ? LinkEnds.nameOf(link) : null;
            m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group()
                    : keyed ? "links." + name : "links[" + name + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
