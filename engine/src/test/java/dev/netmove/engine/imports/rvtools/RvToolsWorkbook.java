package dev.netmove.engine.imports.rvtools;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the RVTools workbook of a CSV export folder with fastexcel's writer: one tab per
 * {@code RVTools_tab<sheet>.csv}, numbers as numeric cells and True/False as boolean cells, as Excel holds them.
 */
final class RvToolsWorkbook {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private RvToolsWorkbook() {
    }

    static Path write(Path csvFolder, Path xlsx) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(csvFolder)) {
            files = list.filter(p -> p.getFileName().toString().startsWith("RVTools_tab")).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "RVTools", "4.7");
            for (Path file : files) {
                String name = file.getFileName().toString();
                Worksheet ws = wb.newWorksheet(name.substring("RVTools_tab".length(), name.length() - ".csv".length()));
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                        CSVParser parser = CSVFormat.DEFAULT.parse(in)) {
                    int r = 0;
                    for (CSVRecord record : parser) {
                        for (int c = 0; c < record.size(); c++) {
                            String v = record.get(c).replace("\uFEFF", "");
                            if (r > 0 && NUMBER.matcher(v).matches()) {
                                ws.value(r, c, Double.parseDouble(v));
                            } else if (r > 0 && (v.equals("True") || v.equals("False"))) {
                                ws.value(r, c, Boolean.valueOf(v));
                            } else if (!v.isEmpty()) {
                                ws.value(r, c, v);
                            }
                        }
                        r++;
                    }
                }
            }
            wb.finish();
        }
        return xlsx;
    }
}
