package dev.netmove.engine.imports.rvtools;

import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.vcenter.VcenterHost;
import dev.netmove.engine.imports.vcenter.VcenterVm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What one RVTools import has gathered so far: hosts, VMs, counts, notes and problems, in source order. */
final class RvImport {

    private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

    final ImportRules rules;
    final Map<String, VcenterHost> hosts = new LinkedHashMap<>();
    final Map<String, VcenterVm> vms = new LinkedHashMap<>();
    final Map<String, Integer> counts = new TreeMap<>();
    final List<ImportNote> notes = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();

    RvImport(ImportRules rules) {
        this.rules = rules;
    }

    /** The host of that name, added (at this row) when no earlier sheet named it. */
    VcenterHost host(String name, Origin where) {
        return hosts.computeIfAbsent(name, n -> new VcenterHost(n, where));
    }

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    void note(ImportNote.Kind kind, Origin where, String text) {
        notes.add(new ImportNote(kind, where, text));
    }

    /** A note about {@code about} of the merged document ({@link ImportNote#about}). */
    void note(ImportNote.Kind kind, Origin where, String text, List<String> about) {
        notes.add(new ImportNote(kind, where, text, about));
    }

    void problem(RvRow row, String found, String expected) {
        problems.add(new ImportProblem(row.origin(), found, expected));
    }

    /** A cell that must be there: its text, or null after reporting the row. */
    String required(RvRow row, RvColumn column, String what) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problem(row, "a row with no " + column.header(), what + " in column " + column.header()
                    + " of sheet " + column.sheet());
        }
        return value.isEmpty() ? null : value;
    }

    /**
     * A whole number of MiB (or Mb/s): {@code 4096}, also {@code 4096.0} or {@code 4096,0} as spreadsheets
     * write it; null for an empty cell; reported and null when it is no number.
     */
    Long wholeNumber(RvRow row, RvColumn column, String unit) {
        String text = row.get(column).replace(" ", "").replace("\u00A0", "");
        if (text.isEmpty()) {
            return null;
        }
        if (isDigits(text)) {
            return Long.parseLong(text);
        }
        if (!NUMBER.matcher(text).matches()) {
            problem(row, column.header() + " \"" + row.get(column) + "\"", "a whole number of " + unit
                    + " in column " + column.header() + " of sheet " + column.sheet());
            return null;
        }
        return new BigDecimal(text.replace(',', '.')).longValue();
    }

    /** Up to 18 ASCII digits: a long without the pattern and BigDecimal a spreadsheet's decimals need. */
    private static boolean isDigits(String text) {
        if (text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    static boolean isTrue(String cell) {
        return cell.equalsIgnoreCase("true") || cell.equals("1") || cell.equalsIgnoreCase("yes");
    }
}
