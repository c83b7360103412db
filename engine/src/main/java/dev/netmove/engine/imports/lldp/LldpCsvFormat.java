package dev.netmove.engine.imports.lldp;

import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.ReaderErrors;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceLimits;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.QuantityFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The neighbour CSV: header {@code device,port,neighbor,neighbor_port[,speed]}, columns by header, any case. */
final class LldpCsvFormat {

    static final String EXPECTED = "a neighbour table CSV with the header device,port,neighbor,neighbor_port[,speed]";
    private static final List<String> REQUIRED = List.of("device", "port", "neighbor", "neighbor_port");

    private LldpCsvFormat() {
    }

    static void read(Path file, String shown, Consumer<NeighbourRow> rows, List<ImportProblem> problems) {
        SourceLimits.LLDP.check(file, shown);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new SourceException(shown, "cannot read the file as UTF-8 text (" + e.getMessage() + "); expected "
                    + EXPECTED);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, String> columns = new TreeMap<>();
            for (String header : parser.getHeaderNames()) {
                String column = header.strip().toLowerCase(Locale.ROOT);
                if (!column.isEmpty() && columns.put(column, header) != null) {
                    // two columns of one name: which of them a row means cannot be told
                    throw new SourceException(shown, "found the column " + column + " twice in the header "
                            + parser.getHeaderNames() + "; expected " + EXPECTED);
                }
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new SourceException(shown, "found the columns " + parser.getHeaderNames() + " (no "
                        + String.join(", ", missing) + "); expected " + EXPECTED);
            }
            for (CSVRecord record : parser) {
                int position = (int) record.getCharacterPosition();
                while (position < text.length() && (text.charAt(position) == '\n' || text.charAt(position) == '\r')) {
                    position++; // the empty lines before a record are skipped with it
                }
                Origin at = Origin.line(shown, line(lineStarts, position));
                row(record, columns, at, rows, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            java.util.OptionalInt quote = ReaderErrors.unclosedQuote(e);
            if (quote.isPresent()) {
                throw new SourceException(Origin.line(shown, quote.getAsInt()).toString(),
                        ReaderErrors.unclosedQuoteText(quote.getAsInt()) + "; expected " + ReaderErrors.UNCLOSED_FIX);
            }
            throw new SourceException(shown, "not CSV (" + ReaderErrors.message(e) + "); expected " + EXPECTED);
        }
    }

    private static void row(CSVRecord record, Map<String, String> columns, Origin at, Consumer<NeighbourRow> rows,
                            List<ImportProblem> problems) {
        String[] values = new String[REQUIRED.size()];
        for (int i = 0; i < values.length; i++) {
            String column = columns.get(REQUIRED.get(i));
            values[i] = record.isSet(column) ? record.get(column).strip() : "";
            if (values[i].isEmpty()) {
                problems.add(new ImportProblem(at, "no " + REQUIRED.get(i) + " in the row " + Arrays.toString(record.values()),
                        "the four columns device, port, neighbor and neighbor_port filled"));
                return;
            }
        }
        String speed = null;
        String speedColumn = columns.get("speed");
        if (speedColumn != null && record.isSet(speedColumn) && !record.get(speedColumn).isBlank()) {
            speed = record.get(speedColumn).strip();
            try {
                Bandwidth.parse(speed);
            } catch (QuantityFormatException e) {
                problems.add(new ImportProblem(at, "the speed \"" + speed + "\"",
                        "a speed with its unit, such as 10Gbps or 25Gbps (empty when unknown)"));
                return;
            }
        }
        rows.accept(new NeighbourRow(values[0], values[1], values[2], values[3], speed, at));
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[n++] = i + 1;
            }
        }
        return starts;
    }

    private static int line(int[] starts, long position) {
        int found = Arrays.binarySearch(starts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }
}
