package dev.netmove.engine.imports.write;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.Disagreement;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of {@code import-report.txt}: what each source gave, every disagreement with both values
 * and files, neighbours seen from one end or no device of the model, configuration lines left
 * unread (by command), and the gaps, each with the overlay key that fills it.
 */
public final class ImportReport {

    private ImportReport() {
    }

    public static String text(String topologyFile, ImportResult result) {
        return text(topologyFile, result, List.of());
    }

    /**
     * The report of an import that failed: the sources could not all be read, or the merged topology is not valid
     * ({@code problems}, one line each, listed first). What was read is reported as usual; the gaps only when every
     * source was read, as a missing source would make every fact it gives look missing.
     */
    public static String text(String topologyFile, ImportResult result, List<String> problems) {
        StringBuilder s = new StringBuilder("netmove import report: ").append(topologyFile).append('\n');
        if (!problems.isEmpty()) {
            section(s, "problems (the import failed: nothing but this report was written)", problems);
        }
        s.append("\nsources\n");
        for (ImportResult.SourceSummary source : result.sources()) {
            s.append("  ").append(source.source().kind()).append(' ').append(source.source().shown()).append(':');
            String refused = result.failed().stream().filter(f -> f.source() == source.source())
                    .map(ImportResult.SourceFailure::message).findFirst().orElse(null);
            if (refused != null) {
                s.append(" not read: ").append(refused);
            } else if (source.counts().isEmpty()) {
                s.append(" nothing");
            }
            String sep = " ";
            for (Map.Entry<String, Integer> c : new TreeMap<>(source.counts()).entrySet()) {
                s.append(sep).append(c.getValue()).append(' ').append(c.getKey());
                sep = ", ";
            }
            s.append('\n');
        }
        List<String> disagreements = result.disagreements().stream().map(Disagreement::toString).toList();
        section(s, "disagreements (the later value wins)", disagreements);
        List<ImportNote> notes = new ArrayList<>();
        result.sources().forEach(src -> notes.addAll(src.notes()));
        notes.addAll(result.notes());
        section(s, "neighbours seen from one end only", texts(notes, ImportNote.Kind.ONE_SIDED_NEIGHBOUR));
        section(s, "neighbours that are no device of the model (left out)", texts(notes, ImportNote.Kind.UNKNOWN_NEIGHBOUR));
        section(s, "configuration lines left unread (by command)", unread(notes));
        section(s, "skipped", texts(notes, ImportNote.Kind.SKIPPED));
        section(s, "warnings", texts(notes, ImportNote.Kind.WARNING));
        if (result.failed().isEmpty()) {
            section(s, "gaps (the overlay key that fills each)", gaps(result.document()));
        } else {
            s.append("\ngaps: not worked out while a source cannot be read\n");
        }
        return s.toString();
    }

    private static final Pattern UNREAD_LINES = Pattern.compile("(.+): (\\d+) lines? unread");

    /**
     * {@code feature hsrp: 3 lines on 2 devices}: the unread lines of each command summed over the devices whose
     * configs have it; a note that counts no lines ({@code L2VPN ... terminates on ...}) is listed with how often.
     */
    private static List<String> unread(List<ImportNote> notes) {
        Map<String, int[]> byCommand = new TreeMap<>();
        for (ImportNote n : notes) {
            if (n.kind() != ImportNote.Kind.UNREAD) {
                continue;
            }
            Matcher m = UNREAD_LINES.matcher(n.text());
            int[] tally = byCommand.computeIfAbsent(m.matches() ? m.group(1) : n.text(), k -> new int[3]);
            if (m.matches()) {
                tally[0] += Integer.parseInt(m.group(2));
                tally[1]++;
            } else {
                tally[2]++;
            }
        }
        List<String> lines = new ArrayList<>();
        byCommand.forEach((command, t) -> lines.add(command + ": " + (t[1] > 0
                ? t[0] + (t[0] == 1 ? " line" : " lines") + " on " + t[1] + (t[1] == 1 ? " device" : " devices")
                : t[2] + (t[2] == 1 ? " time" : " times"))));
        return lines;
    }

    /** The report's warnings ({@code file: text}), in report order, for the console of {@code netmove:import}. */
    public static List<String> warnings(ImportResult result) {
        List<ImportNote> notes = new ArrayList<>();
        result.sources().forEach(src -> notes.addAll(src.notes()));
        notes.addAll(result.notes());
        return texts(notes, ImportNote.Kind.WARNING);
    }

    private static List<String> texts(List<ImportNote> notes, ImportNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).map(n -> n.origin() + ": " + n.text()).toList();
    }

    private static void section(StringBuilder s, String title, List<String> lines) {
        s.append('\n').append(title).append(" (").append(lines.size()).append(")\n");
        for (String line : lines) {
            s.append("  ").append(line).append('\n');
        }
    }

    /**
     * What the sources and the overlay leave open, each with the overlay key that fills it (the report's
     * "gaps" section; {@code netmove:check} prints it beside the drift report).
     */
    public static List<String> gaps(ImportResult result) {
        return result.sources().isEmpty() ? List.of() : gaps(result.document());
    }

    /** Hosts without vMotion, VMs whose host or port group is unknown. */
    static List<String> gaps(DocMap document) {
        List<String> gaps = new ArrayList<>();
        DocMap devices = document.entries().get("devices") instanceof DocMap d ? d : new DocMap(document.origin());
        for (Map.Entry<String, DocNode> e : devices.entries().entrySet()) {
            if (e.getValue() instanceof DocMap device && device.entries().get("role") instanceof DocScalar role
                    && "host".equals(role.text()) && !device.entries().containsKey("vmotion")) {
                gaps.add("host " + e.getKey() + " has no vMotion interface: devices." + e.getKey()
                        + ".vmotion: { vlan: ..., ip: ... }");
            }
        }
        if (document.entries().get("vms") instanceof DocMap vms) {
            for (Map.Entry<String, DocNode> e : vms.entries().entrySet()) {
                if (!(e.getValue() instanceof DocMap vm)) {
                    continue;
                }
                String host = vm.entries().get("host") instanceof DocScalar h ? h.text() : null;
                if (host == null || !devices.entries().containsKey(host)) {
                    gaps.add("VM " + e.getKey() + " has " + (host == null ? "no host" : "the unknown host " + host)
                            + ": vms." + e.getKey() + ".host");
                } else if (!(vm.entries().get("portGroup") instanceof DocScalar pg) || pg.text() == null) {
                    gaps.add("VM " + e.getKey() + " has no port group: vms." + e.getKey() + ".portGroup");
                } else if (devices.entries().get(host) instanceof DocMap h
                        && !(h.entries().get("portGroups") instanceof DocMap groups && groups.entries().containsKey(pg.text()))) {
                    gaps.add("VM " + e.getKey() + " is in the port group " + pg.text() + ", which its host " + host
                            + " does not have: devices." + host + ".portGroups." + pg.text());
                }
            }
        }
        return gaps;
    }
}
