package dev.netmove.report;

import java.util.Locale;

/** Escaping and number printing shared by the SVG and HTML writers, fixed to one locale so output is stable. */
final class Markup {

    private Markup() {
    }

    /** Text safe inside an element or a double-quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // control characters other than tab and newline are not allowed in XML
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A coordinate with at most one decimal, never in exponent form: {@code 12}, {@code 12.5}. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }

    /** {@code name} cut to {@code max} characters with an ellipsis, for labels in fixed-size boxes. */
    static String shorten(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max - 1) + "\u2026";
    }
}
