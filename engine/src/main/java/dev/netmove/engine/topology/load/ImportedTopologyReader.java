package dev.netmove.engine.topology.load;

import dev.netmove.engine.topology.load.yaml.KeyPaths;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportPipeline;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.ImportResult;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.ImportSource;
import dev.netmove.engine.imports.LinkEnds;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceOverride;
import dev.netmove.engine.imports.SourceReaders;
import dev.netmove.engine.topology.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a topology file with {@code import:}: reads its sources, merges them with the overlay (the
 * rest of the file) and runs the merged document through the loader's readers, so every check
 * applies. A problem in an imported fact names the key path, the source file (file:line where it
 * has lines) and the overlay key that would fix it; every problem is reported at once.
 */
final class ImportedTopologyReader {

    static final String IMPORT = "import";
    static final String RULES = "importRules";
    private static final Pattern FIRST_AT = Pattern.compile("(first at |, )(\\d+):1\\b");

    /** "has no speed; expected speed: such as 10Gbps": the missing key a problem at its parent names. */
    private static final Pattern MISSING = Pattern.compile("; expected ([a-zA-Z]+): ");

    private final SourceReaders readers;
    private final List<SourceOverride> overrides;

    ImportedTopologyReader(SourceReaders readers, List<SourceOverride> overrides) {
        this.readers = readers;
        this.overrides = overrides;
    }

    /** Whether the file's root names sources (then it is read here, not by {@link TopologyReader} alone). */
    static boolean imports(YamlNode root) {
        if (root instanceof YamlNode.Mapping m) {
            for (YamlNode key : m.keys()) {
                if (key instanceof YamlNode.Scalar s && (s.value().equals(IMPORT) || s.value().equals(RULES))) {
                    return true;
                }
            }
        }
        return false;
    }

    ImportedTopology read(YamlNode root, String shown, String sourceName, Path file, Path project) {
        ProblemList problems = new ProblemList(shown);
        ValueReader values = new ValueReader(problems);
        if (file == null) {
            problems.addForFile(IMPORT, "an inline topology cannot import (its sources have no folder); expected "
                    + "the topology in a file next to its sources");
            throw problems.toException();
        }
        try {
            project = project.toRealPath();
        } catch (java.io.IOException | SecurityException e) {
            project = project.toAbsolutePath().normalize();
        }
        MapNode top = values.map(root, "", null, "a map");
        ImportDeclaration declaration = new ImportDeclaration(values, readers, shown, overrides);
        Path folder = file.toAbsolutePath().getParent();
        List<ImportSource> sources = declaration.sources(top.has(IMPORT) ? top.value(IMPORT) : null, folder, project);
        ImportRules rules = declaration.rules(top.value(RULES));
        DocMap overlay = new DocMap(Origin.at(shown, root.line(), root.column()));
        OverlayDocument converter = new OverlayDocument(values, shown);
        for (MapNode.Entry e : top.entries()) {
            if (!e.key().equals(IMPORT) && !e.key().equals(RULES)) {
                overlay.put(e.key(), converter.convert(e.value(), e.key()));
            }
        }
        if (!problems.isEmpty()) {
            throw problems.toException();
        }
        ImportResult result = new ImportPipeline(readers).run(sources, rules, overlay, shown);
        List<Problem> all = new ArrayList<>();
        for (ImportResult.SourceFailure f : result.failed()) {
            all.add(new Problem(shown, f.source().declared().line(), f.source().declared().column(),
                    "import[" + sources.indexOf(f.source()) + "]." + f.source().kind(), f.message()));
        }
        for (ImportProblem p : result.problems()) {
            all.add(new Problem(p.origin().toString(), 0, 0, "", "found " + p.found() + "; expected " + p.expected()));
        }
        if (!result.failed().isEmpty()) {
            throw new TopologyLoadException(shown, all, result);
        }
        DocMap document = result.document();
        DocumentTree tree = new DocumentTree();
        YamlNode merged = tree.build(document);
        ProblemList mergedProblems = new ProblemList(shown);
        Topology topology = new TopologyReader(mergedProblems).read(merged, sourceName);
        for (Problem p : mergedProblems.sorted()) {
            all.add(trace(p, tree, document, shown));
        }
        if (!all.isEmpty() || topology == null) {
            throw new TopologyLoadException(shown, all.isEmpty()
                    ? List.of(new Problem(shown, 0, 0, "", "the merged topology could not be built")) : all, result);
        }
        return new ImportedTopology(EndSources.attach(topology, document), result);
    }

    /** The problem at the place the fact came from: the overlay's line, or the source and the overlay key that fixes it. */
    private static Problem trace(Problem p, DocumentTree tree, DocMap document, String shown) {
        Matcher m = FIRST_AT.matcher(p.message());
        StringBuilder message = new StringBuilder();
        while (m.find()) {
            Origin o = tree.origin(Integer.parseInt(m.group(2)));
            m.appendReplacement(message, Matcher.quoteReplacement(m.group(1) + (o == null ? m.group(2) : shownAt(o))));
        }
        m.appendTail(message);
        // links by name: where a link stands in the merged list is nothing the user wrote
        String shownPath = PartialDocuments.byLinkName(p.path(), document, false);
        String text = PartialDocuments.byLinkName(message.toString(), document, false);
        Origin origin = tree.origin(p.line());
        if (origin == null) {
            return new Problem(shown, 0, 0, shownPath, text);
        }
        if (origin.file().equals(shown) && origin.line() > 0) {
            return new Problem(shown, origin.line(), Math.max(1, origin.column()), shownPath, text);
        }
        Matcher missing = MISSING.matcher(p.message());
        String path = missing.find() ? KeyPaths.child(p.path(), missing.group(1)) : p.path();
        return new Problem(origin.toString(), 0, 0, shownPath, text + "; imported: fix the source, or write "
                + overlayKey(path, document) + " in the overlay of " + shown);
    }

    private static String shownAt(Origin o) {
        return o.column() > 0 ? o.line() + ":" + o.column() : o.toString();
    }

    /** The overlay key for a key path: the path itself, or for a link the list entry that finds it. */
    static String overlayKey(String path, DocMap document) {
        if (path.startsWith("links[") && document.entries().get("links") instanceof DocList links) {
            int close = path.indexOf(']');
            try {
                int index = Integer.parseInt(path.substring("links[".length(), close));
                String rest = path.substring(close + 1);
                if (rest.startsWith(".")) {
                    rest = rest.substring(1);
                }
                DocNode link = links.items().get(index);
                List<String> ends = link instanceof DocMap l ? LinkEnds.ends(l) : List.of();
                if (!ends.isEmpty()) {
                    String key = rest.isEmpty() ? "..." : rest.contains(".") || rest.contains("[")
                            ? rest : rest + ": ...";
                    return "links: - { between: [" + ends.get(0) + ", " + ends.get(1) + "], " + key + " }";
                }
            } catch (RuntimeException e) {
                return path;
            }
        }
        Matcher item = LIST_ITEM.matcher(path);
        if (item.matches() && !path.startsWith("links[")) {
            // one item of a list cannot be written in an overlay: the list replaces as a whole
            return item.group(1) + ": [...] (the whole list)";
        }
        return path.isEmpty() ? "the key" : path;
    }

    private static final Pattern LIST_ITEM = Pattern.compile("(.+?)\\[\\d+](?:\\..*)?");
}
