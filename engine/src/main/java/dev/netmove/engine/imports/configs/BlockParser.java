package dev.netmove.engine.imports.configs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads the indented block syntax NX-OS, IOS and EOS share: a command, and indented under it the
 * commands of its block. {@code !} lines are comments (kept apart, for dialect detection), banners
 * are skipped whole, {@code end} closes the configuration.
 */
final class BlockParser {

    /** The commands of a file and its comment lines. */
    record Parsed(List<ConfigLine> top, List<String> comments, int lines, int bannerLines) {
    }

    private BlockParser() {
    }

    static Parsed parse(String content) {
        List<ConfigLine> top = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        Deque<ConfigLine> open = new ArrayDeque<>();
        int number = 0;
        int banner = 0;
        String bannerEnd = null;
        int pos = 0;
        int length = content.length();
        while (pos < length) {
            int eol = content.indexOf('\n', pos);
            if (eol < 0) {
                eol = length;
            }
            int end = eol > pos && content.charAt(eol - 1) == '\r' ? eol - 1 : eol;
            String raw = content.substring(pos, end);
            pos = eol + 1;
            number++;
            if (bannerEnd != null) {
                banner++;
                if (bannerEnd.equals("EOF") ? raw.strip().equals("EOF") : raw.contains(bannerEnd)) {
                    bannerEnd = null;
                }
                continue;
            }
            int indent = 0;
            while (indent < raw.length() && (raw.charAt(indent) == ' ' || raw.charAt(indent) == '\t')) {
                indent++;
            }
            if (indent == raw.length()) {
                continue;
            }
            String text = raw.substring(indent).stripTrailing();
            if (text.charAt(0) == '!' || text.charAt(0) == '#') {
                comments.add(text);
                continue;
            }
            if (indent == 0 && text.equals("end")) {
                break;
            }
            if (indent == 0 && text.startsWith("banner ")) {
                banner++;
                bannerEnd = bannerDelimiter(text);
                continue;
            }
            ConfigLine line = new ConfigLine(number, indent, text);
            while (!open.isEmpty() && open.peek().indent >= indent) {
                open.pop();
            }
            if (open.isEmpty()) {
                top.add(line);
            } else {
                open.peek().children.add(line);
            }
            open.push(line);
        }
        return new Parsed(top, comments, number, banner);
    }

    /** What ends a banner: EOS's {@code EOF} line, else the delimiter after the banner's kind, seen again. */
    private static String bannerDelimiter(String text) {
        String[] words = text.split(" +", 3);
        if (words.length < 3 || words[2].isBlank()) {
            return "EOF";
        }
        String rest = words[2].strip();
        String delimiter = rest.startsWith("^C") ? "^C" : rest.substring(0, 1);
        String after = rest.substring(delimiter.length());
        return after.contains(delimiter) ? null : delimiter;
    }
}
