package dev.netmove.engine.imports.rvtools;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The header row of one sheet: which cell holds which column, by name, never by position. */
final class RvHeader {

    private final String sheet;
    private final List<String> headers;
    private final Map<String, Integer> index = new HashMap<>();

    RvHeader(String sheet, List<String> headers) {
        this.sheet = sheet;
        this.headers = List.copyOf(headers);
        String prefix = RvColumn.prefixOf(sheet);
        for (int i = 0; i < headers.size(); i++) {
            String norm = RvColumn.normalise(headers.get(i));
            if (norm.isEmpty()) {
                continue;
            }
            index.putIfAbsent(norm, i);
            if (norm.startsWith(prefix) && norm.length() > prefix.length()) {
                index.putIfAbsent(norm.substring(prefix.length()), i);
            }
        }
    }

    String sheet() {
        return sheet;
    }

    List<String> headers() {
        return headers;
    }

    /** The cell index of the column, or -1 when the sheet does not have it. */
    int indexOf(RvColumn column) {
        List<String> spellings = column.spellings();
        for (int s = 0; s < spellings.size(); s++) {
            Integer i = index.get(spellings.get(s));
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    boolean has(RvColumn column) {
        return indexOf(column) >= 0;
    }
}
