package dev.netmove.engine.imports.rvtools;

import dev.netmove.engine.imports.ImportProblem;
import java.util.List;
import java.util.function.Consumer;

/** One sheet of an RVTools export, from its CSV file or its workbook tab, read row by row. */
interface RvSheet {

    /** The file as the user sees it ({@code sources/rvtools/RVTools_tabvInfo.csv}, {@code dc1.xlsx}). */
    String shown();

    RvHeader header();

    /**
     * Hands each data row (blank rows skipped) to {@code each}; a row that cannot be read at all is
     * added to {@code problems} with its place, and the rows after it are still read where the format allows.
     */
    void rows(Consumer<RvRow> each, List<ImportProblem> problems);
}
