package dev.netmove.engine.imports.configs;

import java.util.ArrayList;
import java.util.List;

/** One command of a configuration with the commands indented under it (its block). */
final class ConfigLine {

    final int number;
    final int indent;
    final String text;
    final String[] words;
    final List<ConfigLine> children = new ArrayList<>(0);

    ConfigLine(int number, int indent, String text) {
        this.number = number;
        this.indent = indent;
        this.text = text;
        this.words = split(text);
    }

    /** Every line of this block, itself included. */
    int size() {
        int n = 1;
        for (ConfigLine child : children) {
            n += child.size();
        }
        return n;
    }

    private static String[] split(String text) {
        List<String> out = new ArrayList<>(8);
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && text.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                out.add(text.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }
}
