package dev.netmove.engine.imports.rvtools;

import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.vcenter.VcenterHost;
import dev.netmove.engine.imports.vcenter.VcenterVm;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one RVTools import has gathered so far: hosts, VMs, counts, notes and problems, in source order. */
final class RvImport {

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
     * A whole number of MiB (or Mb/s) as {@link RvNumber} reads it ({@code 4096}, {@code 4096.0}, {@code 16,384});
     * null for an empty cell; reported and null when it is no number.
     */
    Long wholeNumber(RvRow row, RvColumn column, String unit) {
        String cell = row.get(column);
        if (cell.isEmpty()) {
            return null;
        }
        Long value = RvNumber.wholePart(cell, row.decimalMark());
        if (value == null) {
            problem(row, column.header() + " \"" + cell + "\"", "a whole number of " + unit
                    + " in column " + column.header() + " of sheet " + column.sheet());
        }
        return value;
    }

    static boolean isTrue(String cell) {
        return cell.equalsIgnoreCase("true") || cell.equals("1") || cell.equalsIgnoreCase("yes");
    }
}
