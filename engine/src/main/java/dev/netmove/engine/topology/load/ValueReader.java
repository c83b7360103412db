package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.yaml.KeyPaths.item;

import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.quantity.QuantityFormatException;
import dev.netmove.engine.quantity.VlanSet;
import dev.netmove.engine.topology.AddressFormatException;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads typed values out of {@link YamlNode}s, reporting what is wrong to a {@link ProblemList}. Every
 * read returns null when the value is unusable (and the problem is already reported), so callers
 * can tell "absent" (not in the map) from "wrong" and avoid cascades.
 */
final class ValueReader {

    private static final int MAX_REMEMBERED = 4096;

    private final ProblemList problems;
    private final MapReader maps;
    private final Map<Function<String, ?>, Map<String, Object>> parsed = new IdentityHashMap<>();

    ValueReader(ProblemList problems) {
        this.problems = problems;
        this.maps = new MapReader(problems);
    }

    ProblemList problems() {
        return problems;
    }

    static final String BANDWIDTH = "a bandwidth such as 10Gbps";
    static final String SIZE = "a size such as 16GiB";
    static final String TIME = "a time such as 500ms";
    static final String SHARE = "a share such as 40%";

    /** A plain empty value, {@code ~} or {@code null}: YAML's null, which we read as "nothing". */
    static boolean isNull(YamlNode node) {
        if (!(node instanceof YamlNode.Scalar scalar) || !scalar.plain()) {
            return false;
        }
        return isNullText(scalar.value());
    }

    /** Whether a plain scalar of this text is YAML's null. */
    static boolean isNullText(String v) {
        return v.isEmpty() || v.equals("~") || v.equals("null") || v.equals("Null") || v.equals("NULL");
    }

    /** How a node looks to a user, for "found ..." messages. */
    static String describe(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return isNull(node) ? "nothing" : quote(scalar.value());
        }
        return node instanceof YamlNode.Sequence ? "a list" : "a map";
    }

    /**
     * A value as the user wrote it ({@code 0.0000001bps}), for a message about it; {@code parsed} (which may have
     * rounded it, to {@code 0bps}) when the node is no scalar.
     */
    static String written(YamlNode node, Object parsed) {
        return node instanceof YamlNode.Scalar scalar ? scalar.value().strip() : String.valueOf(parsed);
    }

    static String quote(String text) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return "\"" + shown + "\"";
    }

    /** A location as {@code line:column}. */
    static String position(YamlNode node) {
        return node.line() + ":" + node.column();
    }

    private <T> T wrongType(YamlNode node, String path, String expected) {
        problems.add(node, path, "found " + describe(node) + "; expected " + expected);
        return null;
    }

    // ---- structure -------------------------------------------------------------------------

    /**
     * The map at {@code node}; reports duplicate keys, non-scalar keys and (when {@code allowed}
     * is not null) unknown keys with a did-you-mean. Merge keys ({@code <<: *anchor}) are applied:
     * keys written in the map win over merged ones. Returns null when the node is not a map.
     */
    MapNode map(YamlNode node, String path, Keys allowed, String expected) {
        if (!(node instanceof YamlNode.Mapping mapping)) {
            return wrongType(node, path, expected);
        }
        return maps.read(mapping, path, allowed);
    }

    /** The items of the list at {@code node}, or null (reported) when it is not a list. */
    List<YamlNode> list(YamlNode node, String path, String expected) {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        return wrongType(node, path, expected);
    }

    // ---- scalars ---------------------------------------------------------------------------

    /** The text of a scalar that is not empty; null (reported) otherwise. */
    String text(YamlNode node, String path, String expected) {
        if (!(node instanceof YamlNode.Scalar scalar) || isNull(node) || scalar.value().isBlank()) {
            return wrongType(node, path, expected);
        }
        return scalar.value();
    }

    /** A name: non-empty text without leading or trailing spaces. */
    String name(YamlNode node, String path, String what) {
        String text = text(node, path, what);
        if (text != null && !text.strip().equals(text)) {
            problems.add(node, path, "found " + quote(text) + " with spaces around it; expected " + what);
            return null;
        }
        return text;
    }

    /** A whole number from {@code min} to {@code max}. */
    Integer integer(YamlNode node, String path, int min, int max, String what) {
        String expected = "expected " + what + ": a whole number from " + min + " to " + max;
        if (!(node instanceof YamlNode.Scalar scalar) || isNull(node)) {
            return wrongType(node, path, what + ": a whole number from " + min + " to " + max);
        }
        String text = scalar.value().strip();
        if (leadingZero(node, path)) {
            return null;
        }
        long value = parseWholeNumber(text);
        if (value == Long.MIN_VALUE) {
            problems.add(node, path, "found " + quote(scalar.value()) + "; " + expected);
            return null;
        }
        if (value < min || value > max) {
            problems.add(node, path, "found " + text + ", out of range; " + expected);
            return null;
        }
        return (int) value;
    }

    /**
     * Whether {@code node} is a whole number written with a leading zero ({@code 010}), which YAML
     * 1.1 reads as octal (or as text) and YAML 1.2 as decimal; reports it as ambiguous. Quoted, it is
     * plain text in every YAML and not refused.
     */
    boolean leadingZero(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Scalar scalar) || !scalar.plain()) {
            return false;
        }
        String text = scalar.value().strip();
        int start = text.startsWith("-") || text.startsWith("+") ? 1 : 0;
        if (text.length() - start < 2 || text.charAt(start) != '0') {
            return false;
        }
        boolean octal = true;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            octal &= c <= '7';
        }
        String sign = text.startsWith("-") ? "-" : "";
        String digits = text.substring(start);
        String meant = sign + new BigInteger(digits);
        String yaml11 = octal ? "YAML 1.1 reads it as the octal number " + sign + new BigInteger(digits, 8)
                : "YAML 1.1 reads it as text";
        problems.add(node, path, "found " + text + ", a number with a leading zero, which is ambiguous: " + yaml11
                + ", YAML 1.2 as " + meant + "; expected a number without leading zeros: write " + meant);
        return true;
    }

    /** Digits with an optional minus sign (at most 12 digits), else {@link Long#MIN_VALUE}. */
    static long parseWholeNumber(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        if (text.length() == start || text.length() - start > 12) {
            return Long.MIN_VALUE;
        }
        long value = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            value = value * 10 + (c - '0');
        }
        return start == 1 ? -value : value;
    }

    /** {@code true} or {@code false} (YAML 1.1's yes/no and on/off are accepted too, in any case). */
    Boolean bool(YamlNode node, String path) {
        if (node instanceof YamlNode.Scalar scalar && !isNull(node)) {
            String v = scalar.value().strip();
            switch (v.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "yes", "on" -> {
                    return Boolean.TRUE;
                }
                case "false", "no", "off" -> {
                    return Boolean.FALSE;
                }
                default -> {
                    // not a boolean: reported below
                }
            }
        }
        return wrongType(node, path, "true or false");
    }

    /**
     * A quantity read by one of the quantity parsers; their found/expected become the message.
     * Results are remembered by text: a topology repeats the same few speeds, sizes and VLAN lists
     * thousands of times.
     */
    <T> T quantity(YamlNode node, String path, Function<String, T> parser, String expected) {
        return parse(node, path, parser, expected, true);
    }

    /** An address read by one of the address parsers (not remembered: addresses rarely repeat). */
    <T> T address(YamlNode node, String path, Function<String, T> parser, String expected) {
        return parse(node, path, parser, expected, false);
    }

    @SuppressWarnings("unchecked")
    private <T> T parse(YamlNode node, String path, Function<String, T> parser, String expected, boolean remember) {
        if (!(node instanceof YamlNode.Scalar scalar) || isNull(node)) {
            return wrongType(node, path, expected);
        }
        String text = scalar.value();
        Map<String, Object> cache = null;
        if (remember) {
            cache = parsed.computeIfAbsent(parser, p -> new HashMap<>());
            Object known = cache.get(text);
            if (known != null) {
                return (T) known;
            }
        }
        try {
            T value = parser.apply(text);
            if (cache != null && cache.size() < MAX_REMEMBERED) {
                cache.put(text, value);
            }
            return value;
        } catch (QuantityFormatException e) {
            problems.add(node, path, e.found() + "; " + e.expected());
        } catch (AddressFormatException e) {
            problems.add(node, path, e.found() + "; " + e.expected());
        } catch (IllegalArgumentException | ArithmeticException e) {
            problems.add(node, path, "found " + quote(text) + " (" + e.getMessage() + "); expected " + expected);
        }
        return null;
    }

    /** One VLAN id, 1-4094. */
    Integer vlanId(YamlNode node, String path) {
        if (!(node instanceof YamlNode.Scalar scalar) || isNull(node)) {
            return wrongType(node, path, "a VLAN id from 1 to 4094");
        }
        return vlanId(node, scalar.value(), path);
    }

    /** One VLAN id written as {@code text} (a map key, say), 1-4094; reported at {@code node}. */
    Integer vlanId(YamlNode node, String text, String path) {
        if (leadingZero(node, path)) {
            return null;
        }
        long value = parseWholeNumber(text.strip());
        if (value == Long.MIN_VALUE) {
            problems.add(node, path, "found " + quote(text) + "; expected a VLAN id from 1 to 4094");
            return null;
        }
        try {
            if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
                throw new QuantityFormatException("VLAN " + value + " is outside 1-4094", "expected a VLAN id from 1 to 4094");
            }
            VlanSet.checkId((int) value);
            return (int) value;
        } catch (QuantityFormatException e) {
            problems.add(node, path, e.found() + "; " + e.expected());
            return null;
        }
    }

    /** A VLAN list: {@code 110}, {@code 100-110,120}, {@code all}, {@code none}, or a YAML list of those. */
    VlanSet vlans(YamlNode node, String path) {
        if (node instanceof YamlNode.Sequence sequence) {
            VlanSet result = VlanSet.NONE;
            boolean ok = true;
            List<YamlNode> items = sequence.items();
            for (int i = 0; i < items.size(); i++) {
                if (leadingZero(items.get(i), item(path, i))) {
                    ok = false;
                    continue;
                }
                VlanSet one = quantity(items.get(i), item(path, i), VlanSet::parse,
                        "a VLAN id or range such as 110 or 100-110");
                if (one == null) {
                    ok = false;
                } else {
                    result = result.union(one);
                }
            }
            return ok ? result : null;
        }
        if (leadingZero(node, path)) {
            return null;
        }
        return quantity(node, path, VlanSet::parse, "a VLAN list such as 110, 100-110,120, all or none");
    }

    /** One of a fixed set of words, with did-you-mean and the full list when it is not one of them. */
    <E> E choice(YamlNode node, String path, String what, Function<String, Optional<E>> lookup, List<String> allowed) {
        String expected = what + ": one of " + String.join(", ", allowed);
        if (!(node instanceof YamlNode.Scalar scalar) || isNull(node)) {
            return wrongType(node, path, expected);
        }
        String text = scalar.value().strip();
        Optional<E> found = lookup.apply(text);
        if (found.isPresent()) {
            return found.get();
        }
        problems.add(node, path, "unknown " + what + " " + quote(text) + ClosestNames.didYouMean(text, allowed)
                + "; expected one of: " + String.join(", ", allowed));
        return null;
    }

    /** Whether {@code key} is in the map; reports it missing otherwise. */
    boolean required(MapNode m, String key, String example) {
        if (m.has(key)) {
            return true;
        }
        missing(m, key, m.node(), m.path(), "missing " + key + "; expected " + key + ": " + example);
        return false;
    }

    /** Reports that {@code key} is missing, unless a misspelling of it was reported already. */
    void missing(MapNode m, String key, YamlNode at, String path, String message) {
        if (!m.isMisspelled(key)) {
            problems.add(at, path, message);
        }
    }
}
