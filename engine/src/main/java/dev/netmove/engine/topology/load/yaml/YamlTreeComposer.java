package dev.netmove.engine.topology.load.yaml;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Turns YAML text into a tree of {@link YamlNode}s from SnakeYAML's parser events. Doing this
 * ourselves instead of with SnakeYAML's composer keeps the tree small (a line and a column per
 * node instead of two marks), lets us bound aliases with a located message, refuses tags, and skips
 * implicit typing (the loader reads every scalar from its text).
 */
final class YamlTreeComposer {

    /** The prefix SnakeYAML resolves {@code !!} to. */
    private static final String STANDARD_TAGS = "tag:yaml.org,2002:";

    private final Parser parser;
    private final String text;
    private final boolean solidusHidden;
    private final List<YamlProblem> problems;
    private final int maxAliases;
    private final int maxNesting;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Set<String> openAnchors = new HashSet<>();
    /** The keys (strings) and list positions (integers) from the root to the node being composed. */
    private final Deque<Object> path = new ArrayDeque<>();
    private int collectionAliases;
    private int depth;

    /** Stops composing once a problem makes the rest of the tree meaningless. */
    private static final class Abort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private YamlTreeComposer(String text, boolean solidusHidden, List<YamlProblem> problems, int maxAliases,
                             int maxNesting, int codePointLimit) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(codePointLimit);
        options.setProcessComments(false);
        this.parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
        this.text = text;
        this.solidusHidden = solidusHidden;
        this.problems = problems;
        this.maxAliases = maxAliases;
        this.maxNesting = maxNesting;
    }

    /**
     * The tree of the single document in {@code text}; null when the text holds no document or
     * when it cannot be read (then the problem is in {@code problems}).
     *
     * @param solidusHidden whether {@link EscapedSolidus#hide} wrote the text's {@code \/} escapes as {@code \e}
     */
    static YamlNode compose(String text, boolean solidusHidden, List<YamlProblem> problems, int maxAliases,
                            int maxNesting, int codePointLimit) {
        return new YamlTreeComposer(text, solidusHidden, problems, maxAliases, maxNesting, codePointLimit).document();
    }

    private YamlNode document() {
        try {
            parser.getEvent(); // stream start
            if (parser.checkEvent(Event.ID.StreamEnd)) {
                return null;
            }
            parser.getEvent(); // document start
            YamlNode root = node();
            parser.getEvent(); // document end
            if (!parser.checkEvent(Event.ID.StreamEnd)) {
                Mark mark = parser.peekEvent().getStartMark();
                problems.add(YamlProblem.at(mark, "", "found a second YAML document (after ---); expected one document per "
                        + "topology file: split it into two files"));
                return null;
            }
            return root;
        } catch (Abort e) {
            return null;
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String found = e.getProblem() == null ? "malformed YAML" : "malformed YAML: " + e.getProblem();
            if (e.getContext() != null && e.getContextMark() != null && e.getContextMark() != mark) {
                found += " (" + e.getContext() + " at " + (e.getContextMark().getLine() + 1) + ":"
                        + (e.getContextMark().getColumn() + 1) + ")";
            } else if (e.getContext() != null) {
                found += " (" + e.getContext() + ")";
            }
            problems.add(YamlProblem.at(mark, "", found + "; expected valid YAML: check the indentation, and quote values that "
                    + "contain \": \" or \" #\" or start with one of [ ] { } , & * ! | > ' \" % @ `"));
            return null;
        } catch (org.yaml.snakeyaml.reader.ReaderException e) {
            problems.add(forbidden(e.getCodePoint()));
            return null;
        } catch (YAMLException e) {
            problems.add(YamlProblem.ofFile("", "cannot read the YAML: " + e.getMessage() + "; expected a YAML or JSON topology file"));
            return null;
        }
    }

    /** A character YAML does not allow (a NUL byte, a control character), at its first place in the text. */
    private YamlProblem forbidden(int codePoint) {
        String name = String.format("U+%04X", codePoint) + (codePoint == 0 ? " (a NUL byte)"
                : Character.isISOControl(codePoint) ? " (a control character)" : "");
        String message = "found the character " + name + ", which YAML does not allow; expected text only: remove it"
                + " (a file saved as UTF-16, or binary data pasted in, holds such characters)";
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length();) {
            int c = text.codePointAt(i);
            if (c == codePoint) {
                return new YamlProblem(line, column, "", message);
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            i += Character.charCount(c);
        }
        return YamlProblem.ofFile("", message);
    }

    /** The node of the next event, whose key path is on {@link #path}. */
    private YamlNode node() {
        Event event = parser.getEvent();
        Mark start = event.getStartMark();
        int line = start.getLine() + 1;
        int column = start.getColumn() + 1;
        if (event instanceof AliasEvent alias) {
            return alias(alias, line, column);
        }
        if (event instanceof NodeEvent) {
            refuseTag(event, start);
        }
        if (event instanceof ScalarEvent scalar) {
            String value = solidusHidden ? scalar.getValue().replace(EscapedSolidus.STAND_IN, '/') : scalar.getValue();
            YamlNode node = new YamlNode.Scalar(value, scalar.isPlain(), line, column);
            remember(scalar.getAnchor(), node);
            return node;
        }
        CollectionStartEvent collection = (CollectionStartEvent) event;
        String anchor = collection.getAnchor();
        if (anchor != null) {
            openAnchors.add(anchor);
        }
        if (++depth > maxNesting) {
            problems.add(YamlProblem.at(start, "", "found YAML nested deeper than " + maxNesting + " levels; expected a topology "
                    + "file, which nests a few levels only"));
            throw new Abort();
        }
        YamlNode node;
        if (event.is(Event.ID.SequenceStart)) {
            List<YamlNode> items = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.SequenceEnd)) {
                path.addLast(items.size());
                items.add(node());
                path.removeLast();
            }
            node = new YamlNode.Sequence(items, line, column);
        } else {
            List<YamlNode> keys = new ArrayList<>();
            List<YamlNode> values = new ArrayList<>();
            while (!parser.checkEvent(Event.ID.MappingEnd)) {
                YamlNode key = node();
                keys.add(key);
                path.addLast(key instanceof YamlNode.Scalar name ? name.value() : "?");
                values.add(node());
                path.removeLast();
            }
            node = new YamlNode.Mapping(keys, values, collection.isFlow(), line, column);
        }
        parser.getEvent(); // collection end
        depth--;
        if (anchor != null) {
            openAnchors.remove(anchor);
        }
        remember(anchor, node);
        return node;
    }

    /**
     * A tag ({@code !!int 8}, {@code !secret x}, {@code !!java/object:...}) would make a YAML reader
     * read the value as something else than its text: refused, never ignored (TOPOLOGY.md "Principles").
     */
    private void refuseTag(Event event, Mark start) {
        String tag = event instanceof ScalarEvent scalar ? scalar.getTag() : ((CollectionStartEvent) event).getTag();
        if (tag != null) {
            String written = tag.startsWith(STANDARD_TAGS) ? "!!" + tag.substring(STANDARD_TAGS.length()) : tag;
            problems.add(YamlProblem.at(start, path(), "found the YAML tag " + written + "; expected plain YAML without tags "
                    + "(the loader reads every value from its text): remove " + written));
        }
    }

    /** The key path of the node being composed, as messages show it; built only for a message. */
    private String path() {
        String shown = "";
        for (Object part : path) {
            shown = part instanceof Integer index ? KeyPaths.item(shown, index) : KeyPaths.child(shown, (String) part);
        }
        return shown;
    }

    private void remember(String anchor, YamlNode node) {
        if (anchor != null) {
            anchors.put(anchor, node);
        }
    }

    private YamlNode alias(AliasEvent alias, int line, int column) {
        String name = alias.getAnchor();
        Mark at = alias.getStartMark();
        if (openAnchors.contains(name)) {
            problems.add(YamlProblem.at(at, "", "found alias *" + name + " inside the value it names; expected an alias to a "
                    + "value that is complete (a value cannot contain itself)"));
            throw new Abort();
        }
        YamlNode node = anchors.get(name);
        if (node == null) {
            problems.add(YamlProblem.at(at, "", "found alias *" + name + " without an anchor &" + name + " before it; expected "
                    + "an anchor defined earlier in the file"));
            throw new Abort();
        }
        if (!(node instanceof YamlNode.Scalar) && ++collectionAliases > maxAliases) {
            problems.add(YamlProblem.at(at, "", "too many YAML aliases (more than " + maxAliases + "): alias expansion is limited "
                    + "to protect against alias bombs; expected at most " + maxAliases + " aliases (*name) of lists "
                    + "or maps: write the repeated settings out, or use fewer anchors"));
            throw new Abort();
        }
        return node;
    }
}
