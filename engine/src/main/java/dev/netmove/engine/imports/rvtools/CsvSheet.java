package dev.netmove.engine.imports.rvtools;

import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.ReaderErrors;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One {@code RVTools_tab<sheet>.csv} of the "Export all to csv" folder, read with Commons CSV. RVTools
 * writes UTF-8, with or without a byte order mark, separated by {@code ,} or, under locales whose
 * decimal mark is a comma, by {@code ;}: the separator is the one of the two the header row uses most, and a
 * {@code ;} file's numbers have a decimal comma ({@code 16.384} is sixteen thousand MiB, {@code 4096,5} four thousand).
 */
final class CsvSheet implements RvSheet {

    private static final int BOM = '\uFEFF';

    private final Path file;
    private final String shown;
    private final char delimiter;
    private final RvHeader header;

    private CsvSheet(Path file, String shown, char delimiter, RvHeader header) {
        this.file = file;
        this.shown = shown;
        this.delimiter = delimiter;
        this.header = header;
    }

    /**
     * Opens the file and reads its header row.
     *
     * @throws SourceException when the file cannot be read or is not CSV text
     */
    static CsvSheet open(Path file, String shown, String sheet) {
        SourceLimits.RVTOOLS_CSV.check(file, shown);
        String first;
        try (BufferedReader in = reader(file)) {
            first = in.readLine();
        } catch (IOException e) {
            throw new SourceException(shown, "cannot be read (" + e.getMessage() + ")");
        }
        if (first == null || first.isBlank()) {
            throw new SourceException(shown, "is empty; expected the RVTools " + sheet + " sheet as CSV with a header row");
        }
        if (first.indexOf('\0') >= 0 || first.indexOf('\uFFFD') >= 0) {
            throw new SourceException(shown, "is not a CSV text file; expected the RVTools " + sheet
                    + " sheet as written by RVTools' \"Export all to csv\"");
        }
        char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
        try (Reader in = reader(file); CSVParser parser = format(delimiter).parse(in)) {
            Iterator<CSVRecord> it = parser.iterator();
            List<String> headers = it.hasNext() ? it.next().toList() : List.of();
            return new CsvSheet(file, shown, delimiter, new RvHeader(sheet, headers));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            java.util.OptionalInt quote = ReaderErrors.unclosedQuote(e);
            if (quote.isPresent()) {
                throw new SourceException(Origin.line(shown, quote.getAsInt()).toString(),
                        ReaderErrors.unclosedQuoteText(quote.getAsInt()) + "; expected " + ReaderErrors.UNCLOSED_FIX);
            }
            throw new SourceException(shown, "has a header row that is not CSV (" + ReaderErrors.message(e) + ")");
        }
    }

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
        try (Reader in = reader(file); CSVParser parser = format(delimiter).parse(in)) {
            Iterator<CSVRecord> it = parser.iterator();
            it.next();
            while (true) {
                long line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    record = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    java.util.OptionalInt quote = ReaderErrors.unclosedQuote(e);
                    if (quote.isPresent()) {
                        problems.add(new ImportProblem(Origin.line(shown, quote.getAsInt()),
                                ReaderErrors.unclosedQuoteText(quote.getAsInt()), ReaderErrors.UNCLOSED_FIX
                                        + "; the rows after it cannot be told apart and are not read"));
                        return;
                    }
                    problems.add(new ImportProblem(Origin.line(shown, (int) line),
                            "a row that is not CSV (" + ReaderErrors.message(e) + ")",
                            "fields separated by '" + delimiter + "', a field with quotes closed before the end of"
                                    + " the file; the rows after it cannot be told apart and are not read"));
                    return;
                }
                RvRow row = new RvRow(Origin.line(shown, (int) line), Arrays.asList(record.values()), header,
                        delimiter == ';' ? ',' : '.');
                if (!row.isBlank()) {
                    each.accept(row);
                }
            }
        } catch (IOException e) {
            throw new SourceException(shown, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
    }

    private static BufferedReader reader(Path file) throws IOException {
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        in.mark(1);
        if (in.read() != BOM) {
            in.reset();
        }
        return in;
    }

    private static int count(String text, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
