package dev.netmove.engine.imports.write;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.write.SchemaPlaces.Place;
import dev.netmove.engine.imports.write.SchemaPlaces.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a merged document as a plain topology file: block YAML, keys in TOPOLOGY.md order (keys it
 * does not list after them, as merged), a schema modeline first and one comment per source file with
 * its SHA-256; no timestamp, so the same sources give the same bytes. A value is written as the type the
 * topology schema gives its key: plain {@code true}/{@code false} where it says boolean, a plain number where
 * it says integer or number, and quoted where it says string but YAML would read the plain text as a boolean,
 * null or number ({@code portGroup: "110"}).
 */
public final class ImportedYamlWriter {

    /** The JSON schema the modeline names. */
    public static final String SCHEMA = "topology-v1.schema.json";

    private static final List<String> TOP = List.of("topology", "devices", "links", "vms", "flows", "migration");
    private static final List<String> DEVICE = List.of("role", "site", "pod", "cluster", "memory", "vlans", "stp", "svis",
            "vpc", "vxlan", "routes", "portGroups", "vmotion", "uplinks");
    private static final List<String> LINK = List.of("name", "between", "speed", "latency", "mode", "vlans", "native",
            "load", "lag", "qos", "fhrpFilter", "ip", "cost");
    private static final List<String> VM = List.of("host", "portGroup", "ip", "memory", "inUse", "dirtyRate", "workingSet");
    private static final Set<String> WORDS = Set.of("null", "Null", "NULL", "~", "true", "True", "TRUE", "false", "False",
            "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "n", "<<");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./+][A-Za-z0-9_./:,+%@()-]*( [A-Za-z0-9_./:,+%@()-]+)*");
    /** A whole number YAML 1.1 and 1.2 both read as the same integer (no leading zero, no sign but minus). */
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    /**
     * Text that YAML 1.1 or 1.2 may read as a number when plain: decimal, octal, hex, binary, with underscores,
     * sexagesimal ({@code 1:30}), with an exponent, infinity and not-a-number (broad on purpose: quoting text too
     * often costs nothing).
     */
    private static final Pattern NUMERIC = Pattern.compile("[-+]?(0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+"
            + "|[0-9][0-9_]*(:[0-5]?[0-9])*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|\\.[0-9_]+([eE][-+]?[0-9]+)?|\\.(inf|Inf|INF))"
            + "|\\.(nan|NaN|NAN)");

    /** One source file and its content hash, as the header lists it. */
    public record SourceHash(String file, String sha256) {
    }

    private final StringBuilder out = new StringBuilder();

    private ImportedYamlWriter() {
    }

    /** The file's text for {@code document}, read from {@code sources}. */
    public static String write(DocMap document, List<SourceHash> sources) {
        ImportedYamlWriter w = new ImportedYamlWriter();
        w.out.append("# yaml-language-server: $schema=").append(SCHEMA).append('\n');
        w.out.append("# written by netmove:import from the sources below; edit the overlay, not this file\n");
        for (SourceHash s : sources) {
            w.out.append("# source ").append(s.file()).append(" sha256:").append(s.sha256()).append('\n');
        }
        for (Map.Entry<String, DocNode> e : ordered(document, TOP)) {
            w.entry(0, e.getKey(), e.getValue(), e.getKey(), SchemaPlaces.ROOT.child(e.getKey()));
        }
        return w.out.toString();
    }

    private void entry(int indent, String key, DocNode value, String context, Place place) {
        pad(indent).append(scalar(key)).append(':');
        value(indent, value, context, place);
    }

    /** {@code value} written at {@code place} of the schema (the place of its key). */
    private void value(int indent, DocNode value, String context, Place place) {
        if (value instanceof DocScalar s) {
            out.append(' ').append(s.text() == null ? "null" : scalar(s.text(), place.scalars())).append('\n');
        } else if (value instanceof DocList list) {
            if (list.items().isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            Place itemPlace = place.item();
            for (DocNode item : list.items()) {
                pad(indent + 2).append('-');
                if (item instanceof DocMap map && !map.entries().isEmpty()) {
                    boolean first = true;
                    for (Map.Entry<String, DocNode> e : ordered(map, context.equals("links") ? LINK : List.of())) {
                        if (first) {
                            out.append(' ').append(scalar(e.getKey())).append(':');
                            value(indent + 4, e.getValue(), e.getKey(), itemPlace.child(e.getKey()));
                            first = false;
                        } else {
                            entry(indent + 4, e.getKey(), e.getValue(), e.getKey(), itemPlace.child(e.getKey()));
                        }
                    }
                } else {
                    value(indent + 2, item, context, itemPlace);
                }
            }
        } else {
            DocMap map = (DocMap) value;
            if (map.entries().isEmpty()) {
                out.append(" {}\n");
                return;
            }
            out.append('\n');
            List<String> order = switch (context) {
                case "devices" -> DEVICE;
                case "vms" -> VM;
                default -> List.of();
            };
            boolean named = context.equals("devices") || context.equals("vms");
            for (Map.Entry<String, DocNode> e : map.entries().entrySet()) {
                Place entryPlace = place.child(e.getKey());
                if (named && e.getValue() instanceof DocMap item) {
                    pad(indent + 2).append(scalar(e.getKey())).append(':');
                    if (item.entries().isEmpty()) {
                        out.append(" {}\n");
                        continue;
                    }
                    out.append('\n');
                    for (Map.Entry<String, DocNode> f : ordered(item, order)) {
                        entry(indent + 4, f.getKey(), f.getValue(), f.getKey(), entryPlace.child(f.getKey()));
                    }
                } else {
                    entry(indent + 2, e.getKey(), e.getValue(), e.getKey(), entryPlace);
                }
            }
        }
    }

    private static List<Map.Entry<String, DocNode>> ordered(DocMap map, List<String> order) {
        List<Map.Entry<String, DocNode>> entries = new ArrayList<>();
        for (String key : order) {
            DocNode v = map.entries().get(key);
            if (v != null) {
                entries.add(Map.entry(key, v));
            }
        }
        for (Map.Entry<String, DocNode> e : map.entries().entrySet()) {
            if (!order.contains(e.getKey())) {
                entries.add(e);
            }
        }
        return entries;
    }

    private StringBuilder pad(int indent) {
        return out.append(" ".repeat(indent));
    }

    /**
     * A value whose key the schema allows {@code types} for (none: the schema does not say): plain {@code true} or
     * {@code false} where a boolean is allowed and the text is one (YAML 1.1's yes/no and on/off written as
     * true/false), plain where a number is allowed and the text is one, else text: quoted where YAML would read
     * it plain as something else.
     */
    static String scalar(String text, Set<Scalar> types) {
        if (types.isEmpty()) {
            return scalar(text);
        }
        if (types.contains(Scalar.BOOLEAN)) {
            switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> {
                    return "true";
                }
                case "false", "no", "off" -> {
                    return "false";
                }
                default -> {
                    // not a boolean: written as text below
                }
            }
        }
        if (types.contains(Scalar.INTEGER) && INTEGER.matcher(text).matches()
                || types.contains(Scalar.NUMBER) && NUMBER.matcher(text).matches()) {
            return text;
        }
        return NUMERIC.matcher(text).matches() ? quoted(text) : scalar(text);
    }

    /** Plain when YAML reads it back as the same text, else double-quoted. */
    static String scalar(String text) {
        if (!WORDS.contains(text) && PLAIN.matcher(text).matches() && !text.endsWith(":") && !text.contains(": ")) {
            return text;
        }
        return quoted(text);
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
