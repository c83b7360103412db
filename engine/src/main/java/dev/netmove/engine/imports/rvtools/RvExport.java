package dev.netmove.engine.imports.rvtools;

import java.io.Closeable;
import java.util.Optional;

/** An RVTools export, the CSV folder or the workbook: its sheets by name. */
interface RvExport extends Closeable {

    /** The sheet ({@code vInfo}, {@code vSC_VMK}), when the export has it. */
    Optional<RvSheet> sheet(String name);

    /** How to name a missing sheet in a message ({@code RVTools_tabvInfo.csv}, {@code sheet vInfo}). */
    String describe(String sheet);

    @Override
    void close();
}
