package dev.netmove.engine.imports.rvtools;

import dev.netmove.engine.imports.Origin;
import java.util.List;

/**
 * One data row of a sheet with its place ({@code file:line} for CSV, {@code file#vInfo!12} for the
 * workbook).
 *
 * @param decimalMark the sheet's decimal mark: {@code ,} in a CSV whose fields are separated by {@code ;}, else
 *     {@code .}; it tells a thousands separator from a decimal mark in the row's numbers ({@link RvNumber})
 */
record RvRow(Origin origin, List<String> cells, RvHeader header, char decimalMark) {

    /** The trimmed cell of the column; "" when the sheet or the row has none. */
    String get(RvColumn column) {
        int i = header.indexOf(column);
        if (i < 0 || i >= cells.size() || cells.get(i) == null) {
            return "";
        }
        return cells.get(i).strip();
    }

    boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
