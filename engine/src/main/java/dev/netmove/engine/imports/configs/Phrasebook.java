package dev.netmove.engine.imports.configs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The phrasings of one dialect: per block (top level, interface, HSRP group...), the command patterns
 * it takes and what each means. Patterns are words: a literal, {@code #} a number, {@code $} one word,
 * {@code *} the rest of the line (possibly empty). The longest literal match wins.
 */
final class Phrasebook {

    /** The blocks a command can open; {@code DECLINE} means "not mine after all: count it unread". */
    enum Scope { TOP, INTERFACE, HSRP, VRRP, VLAN, VRF, MLAG, NVE_MEMBER, IGNORED, DECLINE }

    /** What a phrase does; returns the scope of its block's lines, or null when it opens none. */
    @FunctionalInterface
    interface Action {
        Scope apply(Context context, String[] args);
    }

    record Phrase(String[] words, Action action, int literals) {
    }

    /** A matched phrase and its arguments. */
    record Match(Phrase phrase, String[] args) {
    }

    private final Map<Scope, Map<String, List<Phrase>>> tables = new EnumMap<>(Scope.class);

    Phrasebook add(Scope scope, String pattern, Action action) {
        String[] words = pattern.split(" ");
        int literals = 0;
        for (String w : words) {
            if (!w.equals("#") && !w.equals("$") && !w.equals("*")) {
                literals++;
            }
        }
        List<Phrase> list = tables.computeIfAbsent(scope, s -> new HashMap<>())
                .computeIfAbsent(words[0], w -> new ArrayList<>());
        list.add(new Phrase(words, action, literals));
        list.sort(Comparator.comparingInt(Phrase::literals).reversed());
        return this;
    }

    Match match(Scope scope, String[] words) {
        Map<String, List<Phrase>> table = tables.get(scope);
        if (table == null || words.length == 0) {
            return null;
        }
        List<Phrase> candidates = table.get(words[0]);
        if (candidates == null) {
            return null;
        }
        for (Phrase phrase : candidates) {
            String[] args = bind(phrase.words, words);
            if (args != null) {
                return new Match(phrase, args);
            }
        }
        return null;
    }

    private static String[] bind(String[] pattern, String[] words) {
        List<String> args = new ArrayList<>(2);
        int i = 0;
        for (String p : pattern) {
            if (p.equals("*")) {
                args.add(i < words.length ? String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)) : "");
                return args.toArray(new String[0]);
            }
            if (i >= words.length) {
                return null;
            }
            String w = words[i++];
            if (p.equals("$")) {
                args.add(w);
            } else if (p.equals("#")) {
                if (!isNumber(w)) {
                    return null;
                }
                args.add(w);
            } else if (!p.equalsIgnoreCase(w)) {
                return null;
            }
        }
        return i == words.length ? args.toArray(new String[0]) : null;
    }

    private static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    private static final Map<Dialect, Phrasebook> BOOKS = new EnumMap<>(Dialect.class);

    static {
        for (Dialect d : Dialect.values()) {
            BOOKS.put(d, build(d));
        }
    }

    static Phrasebook of(Dialect dialect) {
        return BOOKS.get(dialect);
    }

    private static Phrasebook build(Dialect dialect) {
        Phrasebook b = new Phrasebook();
        GlobalCommands.common(b);
        InterfaceCommands.common(b);
        switch (dialect) {
            case NXOS -> {
                GlobalCommands.nxos(b);
                InterfaceCommands.nxos(b);
                GatewayCommands.nxos(b);
            }
            case IOS -> {
                GlobalCommands.ios(b);
                InterfaceCommands.ios(b);
                GatewayCommands.ios(b);
            }
            case EOS -> {
                GlobalCommands.eos(b);
                InterfaceCommands.eos(b);
                GatewayCommands.eos(b);
            }
            default -> throw new AssertionError(dialect);
        }
        return b;
    }
}
