package dev.netmove.glossary;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a Cucumber Expression with plausible values (names from the documentation's data center, quantities
 * with their units) so that each phrase of the glossary shows a step line that matches it.
 */
final class PhraseExamples {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_]*)}");
    private static final Pattern OPTIONAL = Pattern.compile("\\(([^)]*)\\)");

    /** By the word before a {string}: what a name after it looks like. */
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("VM", "\"web01\""),
            Map.entry("host", "\"esx-b1\""), Map.entry("hosts", "\"esx-a1\""), Map.entry("link", "\"agg1-core1\""),
            Map.entry("device", "\"agg1\""), Map.entry("cluster", "\"prod-a\""), Map.entry("topology", "\"dc1.yaml\""),
            Map.entry("change", "\"cr-1234.yaml\""), Map.entry("because", "\"drops VLAN 120\""),
            Map.entry("by", "\"agg2\""), Map.entry("follows", "\"esx-b1 > acc-b1 > agg2\""),
            Map.entry("to", "\"db01\""), Map.entry("and", "\"esx-b1\""));

    /** By the word before an {int}. */
    private static final Map<String, String> NUMBERS = Map.of("VLAN", "110", "onto", "2", "priority", "120",
            "most", "3");

    /** The netmove quantity types, each with a value in its units (STEPS.md's examples). */
    static final Map<String, String> QUANTITIES = Map.of("duration", "2 minutes", "size", "20 GiB",
            "bandwidth", "10 Gbps", "percent", "60%");

    private PhraseExamples() {
    }

    static String fill(String expression) {
        String plain = OPTIONAL.matcher(expression.replace("\\(", "\u0000").replace("\\)", "\u0001"))
                .replaceAll("$1");
        StringBuilder out = new StringBuilder();
        Matcher m = PLACEHOLDER.matcher(plain);
        int end = 0;
        while (m.find()) {
            String before = plain.substring(end, m.start());
            out.append(before);
            out.append(value(m.group(1), lastWord(out.toString()), expression, out.toString()));
            end = m.end();
        }
        out.append(plain.substring(end));
        return out.toString().replace('\u0000', '(').replace('\u0001', ')');
    }

    private static String value(String type, String wordBefore, String expression, String filledSoFar) {
        switch (type) {
            case "string" -> {
                // "VM {string} talks to {string}", "from VM {string} to {string}": the peer is a VM
                String name = NAMES.get(wordBefore);
                if ("and".equals(wordBefore) && expression.contains("between VM")) {
                    return "\"db01\"";
                }
                // "from host {string} to host {string}", "between host {string} and host {string}": two hosts
                if ("host".equals(wordBefore) && expression.indexOf("host {string}") != expression.lastIndexOf(
                        "host {string}") && !filledSoFar.contains("host \"esx-a1\"")) {
                    return "\"esx-a1\"";
                }
                return name == null ? "\"web01\"" : name;
            }
            case "int" -> {
                return NUMBERS.getOrDefault(wordBefore, "2");
            }
            case "float", "double", "bigdecimal" -> {
                return "1.5";
            }
            case "word" -> {
                return "web01";
            }
            default -> {
                String quantity = QUANTITIES.get(type);
                if (quantity == null) {
                    throw new IllegalStateException("no example value for the parameter type {" + type
                            + "}: add one to " + PhraseExamples.class.getSimpleName());
                }
                return quantity;
            }
        }
    }

    private static String lastWord(String text) {
        String trimmed = text.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }
}
