package dev.netmove.engine.imports.rvtools;

import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.ReaderErrors;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The RVTools {@code .xlsx} workbook (one tab per sheet: {@code vInfo}, {@code vHost}, ...), streamed
 * with fastexcel-reader: the rows are read one at a time, never the whole workbook into memory.
 */
final class XlsxExport implements RvExport {

    private final String shown;
    private final ReadableWorkbook workbook;

    XlsxExport(Path file, String shown) {
        this.shown = shown;
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new SourceException(shown, "cannot be read (" + e.getMessage() + ")");
        }
        if (n < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
            String what = ReadableWorkbook.isOLE2Header(head) ? "an old-format .xls workbook"
                    : "not an .xlsx workbook";
            throw new SourceException(shown, "is " + what + "; expected the .xlsx workbook RVTools writes"
                    + " (File > Export all to Excel) or the folder of \"Export all to csv\"");
        }
        SourceLimits.RVTOOLS_XLSX.check(file, shown);
        checkParts(file, shown);
        try {
            workbook = new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new SourceException(shown, "is not a readable .xlsx workbook (" + e.getMessage() + ")");
        }
    }

    /**
     * Reads the sheets' and shared strings' XML unzipped, without keeping it, before the library does: a part that
     * unzips to more than {@link SourceLimits#XLSX_PART_MIB} MiB, or {@value SourceLimits#PROPERTY} (a zip bomb), or a cell of more than
     * {@link SourceLimits#XLSX_CELL_BYTES} of text would fill the memory of the library's reader.
     */
    private static void checkParts(Path file, String shown) {
        Long set = SourceLimits.property();
        long partLimit = (set == null ? SourceLimits.XLSX_PART_MIB : set) << 20;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (java.util.Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                String part = entry.getName();
                if (!part.startsWith("xl/worksheets/") && !part.equals("xl/sharedStrings.xml")) {
                    continue;
                }
                String where = shown + " (" + part + ")";
                if (entry.getSize() > partLimit) {
                    throw partTooLarge(where, entry.getSize(), partLimit);
                }
                scan(zip, entry, where, partLimit);
            }
        } catch (ZipException e) {
            throw new SourceException(shown, "is not a readable .xlsx workbook (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new SourceException(shown, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static void scan(ZipFile zip, ZipEntry entry, String where, long partLimit) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        long run = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > partLimit) {
                    throw partTooLarge(where, total, partLimit);
                }
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '<') {
                        run = 0;
                    } else if (++run > SourceLimits.XLSX_CELL_BYTES) {
                        throw new SourceException(where, "has a cell of more than " + SourceLimits.size(
                                SourceLimits.XLSX_CELL_BYTES) + " of text (Excel itself keeps at most 32,767 characters"
                                + " in a cell); expected the workbook as RVTools wrote it; save it again from RVTools,"
                                + " or export all to csv");
                    }
                }
            }
        }
    }

    private static SourceException partTooLarge(String where, long size, long limit) {
        return new SourceException(where, "unzips to " + (size > limit ? "more than " : "") + SourceLimits.size(size)
                + ", more than the " + (limit >> 20) + " MiB netmove reads of one sheet; expected the workbook as"
                + " RVTools wrote it (check that it is the right file); if it is, raise the limit with -D"
                + SourceLimits.PROPERTY + "=<MiB>");
    }

    @Override
    public Optional<RvSheet> sheet(String name) {
        // a damaged workbook.xml may leave a sheet without a name: it is none of RVTools' sheets
        Optional<Sheet> sheet = workbook.getSheets().filter(s -> name.equalsIgnoreCase(s.getName())).findFirst();
        return sheet.map(s -> open(s, name));
    }

    private RvSheet open(Sheet sheet, String name) {
        List<String> headers = new ArrayList<>();
        int[] headerRow = {0};
        try (Stream<Row> rows = sheet.openStream()) {
            rows.filter(r -> r.getCellCount() > 0).findFirst().ifPresent(r -> {
                headerRow[0] = r.getRowNum();
                headers.addAll(cells(r));
            });
        } catch (IOException | RuntimeException e) {
            // only the library runs here (fastexcel lets its XML parser's unchecked exceptions through): damaged XML
            throw new SourceException(shown, "sheet " + name + " cannot be read (" + ReaderErrors.message(e) + ")");
        }
        RvHeader header = new RvHeader(name, headers);
        return new RvSheet() {
            @Override
            public String shown() {
                return shown;
            }

            @Override
            public RvHeader header() {
                return header;
            }

            @Override
            public void rows(Consumer<RvRow> each, List<ImportProblem> problems) {
                try (Stream<Row> rows = sheet.openStream()) {
                    Iterator<Row> it = rows.iterator();
                    while (true) {
                        Row r;
                        List<String> cells;
                        try { // the library's part: the next row and its cells; what the reader does with them is not
                            if (!it.hasNext()) {
                                return;
                            }
                            r = it.next();
                            cells = cells(r);
                        } catch (RuntimeException e) { // fastexcel's and its XML parser's unchecked exceptions
                            problems.add(new ImportProblem(Origin.pointer(shown, sheet.getName()),
                                    "a sheet that cannot be read to its end (" + ReaderErrors.message(e) + ")",
                                    "the workbook as RVTools wrote it; save it again from RVTools or Excel"));
                            return;
                        }
                        if (r.getRowNum() <= headerRow[0]) {
                            continue;
                        }
                        // a number cell's text is plain (16384.5): the decimal mark is a point
                        RvRow row = new RvRow(Origin.pointer(shown, sheet.getName() + "!" + r.getRowNum()), cells, header,
                                '.');
                        if (!row.isBlank()) {
                            each.accept(row);
                        }
                    }
                } catch (IOException e) {
                    problems.add(new ImportProblem(Origin.pointer(shown, sheet.getName()),
                            "a sheet that cannot be read (" + ReaderErrors.message(e) + ")",
                            "the workbook as RVTools wrote it; save it again from RVTools or Excel"));
                }
            }
        };
    }

    /** The cells' text by column index: missing cells are "" so that indexes stay those of the header. */
    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            out.add(c == null ? "" : text(c));
        }
        return out;
    }

    private static String text(Cell c) {
        return switch (c.getType()) {
            case BOOLEAN -> Boolean.TRUE.equals(c.asBoolean()) ? "True" : "False";
            case NUMBER -> c.asNumber().stripTrailingZeros().toPlainString();
            default -> {
                String t = c.getText();
                yield t == null ? "" : t;
            }
        };
    }

    @Override
    public String describe(String sheet) {
        return "sheet " + sheet;
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new SourceException(shown, "cannot be closed after reading (" + e.getMessage() + ")");
        }
    }
}
