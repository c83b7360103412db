package dev.netmove.engine;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One random change to a text a user hands netmove (a source export, a page NetBox answers): which of several
 * texts ({@code target}, taken modulo their number), where, how much of it goes, and what comes in its place
 * ({@code kind} 5 to 9); the text cut short there ({@code kind} 0); or, in JSON ({@code kind} 1 to 4), the value of
 * the field after {@code at} replaced by another JSON value, so that the text stays JSON and its meaning changes.
 */
public record TextMutation(int target, double at, int removed, String inserted, int kind) {

    /** Pieces that mean something to JSON, CSV or a config reader, or to a number or a name. */
    public static final List<String> PIECES = List.of("{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "0",
            "-1", "1e999", "99999999999999999999", "\"x\"", "{}", "[]", ";", "\n", "\r\n", "\t", " ", "#", "!",
            "\u0000", "\ufeff", "\u00e9", "Eth1/1", "vmnic0", "4095", "4096", "0-4094", "1-5000", "interface Vlan0\n",
            "switchport trunk allowed vlan add 9999\n", "speed 0\n", "\"next\": \"x\"", "\"results\": 7",
            "\"speed\": -5", "\"memory\": 1e30", "\"vid\": 70000", "esx-a1", "agg1.dc1.example.com");

    /** JSON values a field may be given instead of its own. */
    private static final List<String> VALUES = List.of("null", "{}", "[]", "\"\"", "0", "-1", "\"x\"", "true",
            "1e400", "[null]", "{\"value\": null}", "{\"id\": 1}", "\"Eth1/1\"", "99999999999");

    /** Mutations over up to 1,001 targets. */
    public static Arbitrary<TextMutation> arbitrary() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withChars("{}[],:\"\\;\n 0123456789-.abcxyzEth/").ofMaxLength(10));
        return Combinators.combine(Arbitraries.integers().between(0, 1000), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 40), piece, Arbitraries.integers().between(0, 9))
                .as(TextMutation::new);
    }

    /** The text changed. */
    public String apply(String text) {
        int start = (int) (at * text.length());
        if (kind == 0) {
            return text.substring(0, start);
        }
        if (kind <= 4 && (text.stripLeading().startsWith("{") || text.stripLeading().startsWith("["))) {
            int colon = text.indexOf("\":", start);
            if (colon > 0) {
                int from = colon + 2;
                while (from < text.length() && text.charAt(from) == ' ') {
                    from++;
                }
                return text.substring(0, from) + VALUES.get(removed % VALUES.size()) + text.substring(valueEnd(text, from));
            }
        }
        return text.substring(0, start) + inserted + text.substring(Math.min(text.length(), start + removed));
    }

    /** Where the JSON value starting at {@code from} ends: after its closing bracket or quote, or its last character. */
    private static int valueEnd(String text, int from) {
        int depth = 0;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (depth == 0 && (c == ',' || c == '\n')) {
                return i;
            }
        }
        return text.length();
    }
}
