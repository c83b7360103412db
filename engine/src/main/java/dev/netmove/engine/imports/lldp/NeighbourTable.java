package dev.netmove.engine.imports.lldp;

import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.InterfaceNames;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.quantity.Bandwidth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs neighbour rows into links: a row seen from both ends is one link; a row seen from one end
 * only is a link too, noted as one-sided. A port that reports two different neighbours keeps the
 * first (noted). Spellings are those of the first row.
 */
final class NeighbourTable {

    private static final class Pair {
        final NeighbourRow first;
        final String firstEnd;
        boolean bothSides;
        String speed;

        Pair(NeighbourRow first, String firstEnd) {
            this.first = first;
            this.firstEnd = firstEnd;
            this.speed = first.speed();
        }
    }

    private final Map<String, Pair> links = new LinkedHashMap<>();
    private final Map<String, String> linkOfEnd = new HashMap<>();
    private final List<ImportNote> notes = new ArrayList<>();
    private final boolean undirected;

    /** @param undirected whether each row already stands for both directions (Batfish edges) */
    NeighbourTable(boolean undirected) {
        this.undirected = undirected;
    }

    void add(NeighbourRow row) {
        String a = end(row.device(), row.port());
        String b = end(row.neighbour(), row.neighbourPort());
        String key = a.compareTo(b) <= 0 ? a + "--" + b : b + "--" + a;
        Pair pair = links.get(key);
        if (pair != null) {
            if (!pair.firstEnd.equals(a)) {
                pair.bothSides = true;
            }
            if (row.speed() != null) {
                if (pair.speed == null) {
                    pair.speed = row.speed();
                } else if (!pair.speed.equals(row.speed())) {
                    String lower = slower(pair.speed, row.speed());
                    notes.add(new ImportNote(ImportNote.Kind.WARNING, row.origin(), "the two ends of " + show(pair.first)
                            + " give the speeds " + pair.speed + " and " + row.speed() + "; the lower, " + lower
                            + ", is kept"));
                    pair.speed = lower;
                }
            }
            return;
        }
        for (String end : new String[] {a, b}) {
            String other = linkOfEnd.get(end);
            if (other != null) {
                notes.add(new ImportNote(ImportNote.Kind.WARNING, row.origin(), end + " is already linked to "
                        + other + " (" + links.get(other).first.origin() + "); the row " + show(row) + " is left out"));
                return;
            }
        }
        links.put(key, new Pair(row, a));
        linkOfEnd.put(a, key);
        linkOfEnd.put(b, key);
    }

    /** The links as a partial document's {@code links} list; notes one-sided rows. */
    DocList toLinks(Origin where) {
        DocList list = new DocList(where);
        for (Pair pair : links.values()) {
            NeighbourRow r = pair.first;
            if (!pair.bothSides && !undirected) {
                notes.add(new ImportNote(ImportNote.Kind.ONE_SIDED_NEIGHBOUR, r.origin(), r.device() + ":" + r.port()
                        + " sees " + r.neighbour() + ":" + r.neighbourPort() + ", but " + r.neighbour()
                        + " reports no neighbour on that port"));
            }
            DocMap link = new DocMap(r.origin());
            link.list("between", r.origin())
                    .add(new dev.netmove.engine.imports.DocNode.DocScalar(r.device() + ":" + r.port(), r.origin()))
                    .add(new dev.netmove.engine.imports.DocNode.DocScalar(r.neighbour() + ":" + r.neighbourPort(),
                            r.origin()));
            if (pair.speed != null) {
                link.put("speed", pair.speed, r.origin());
            }
            list.add(link);
        }
        return list;
    }

    List<ImportNote> notes() {
        return notes;
    }

    int size() {
        return links.size();
    }

    int oneSided() {
        return undirected ? 0 : (int) links.values().stream().filter(p -> !p.bothSides).count();
    }

    private static String show(NeighbourRow r) {
        return r.device() + ":" + r.port() + " -- " + r.neighbour() + ":" + r.neighbourPort();
    }

    /** {@code leaf1:ethernet1/1}: the device lower-cased without its domain, the port canonical. */
    private static String end(String device, String port) {
        String d = device.strip().toLowerCase(Locale.ROOT);
        int dot = d.indexOf('.');
        if (dot > 0 && d.substring(dot + 1).chars().anyMatch(Character::isLetter)) {
            d = d.substring(0, dot);
        }
        return d + ":" + InterfaceNames.canonical(port);
    }

    private static String slower(String x, String y) {
        try {
            return Bandwidth.parse(x).compareTo(Bandwidth.parse(y)) <= 0 ? x : y;
        } catch (RuntimeException e) {
            return y;
        }
    }
}
