package dev.netmove.engine.imports.rvtools;

import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceReader;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.vcenter.VcenterDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The {@code rvtools:} source: RVTools' "Export all to csv" folder or its {@code .xlsx} workbook, as
 * hosts (cluster, memory, port groups, vMotion vmk, uplinks) and VMs (host, port group, IP, memory,
 * memory in use). vInfo is required; every other sheet adds what it knows when it is there.
 */
public final class RvToolsReader implements SourceReader {

    private static final String EXPECTED = "the folder RVTools writes with \"Export all to csv\" (RVTools_tabvInfo.csv,"
            + " RVTools_tabvHost.csv, ...) or the .xlsx workbook of \"Export all to Excel\"";

    @Override
    public String kind() {
        return "rvtools";
    }

    @Override
    public SourceResult read(Path source, String shown, ImportRules rules) {
        if (!Files.exists(source)) {
            throw new SourceException(shown, "does not exist; expected " + EXPECTED);
        }
        RvImport in = new RvImport(rules);
        try (RvExport export = open(source, shown)) {
            RvSheet info = export.sheet(RvColumn.VINFO).orElseThrow(() -> new SourceException(shown,
                    "has no " + export.describe(RvColumn.VINFO) + "; expected " + EXPECTED));
            if (!info.header().has(RvColumn.INFO_VM)) {
                throw new SourceException(info.shown(), "is not RVTools' vInfo sheet: it has no VM column (found "
                        + String.join(", ", info.header().headers()) + "); expected the columns VM, Powerstate,"
                        + " Template, Memory, Host, Cluster, Primary IP Address");
            }
            new RvHostSheets(in).read(export);
            new RvVmSheets(in).read(info, export);
        }
        Origin whole = new Origin(shown, 0, "");
        return new SourceResult(VcenterDocument.write(whole, in.hosts.values(), List.of(), in.vms.values()),
                in.counts, in.notes, in.problems);
    }

    private static RvExport open(Path source, String shown) {
        if (Files.isDirectory(source)) {
            return new CsvExport(source, shown);
        }
        if (source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new SourceException(shown, "is one CSV file; expected " + EXPECTED);
        }
        return new XlsxExport(source, shown);
    }
}
