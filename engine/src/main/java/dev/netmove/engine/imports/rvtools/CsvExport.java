package dev.netmove.engine.imports.rvtools;

import dev.netmove.engine.imports.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** RVTools' "Export all to csv" folder: one {@code RVTools_tab<sheet>.csv} per sheet (names matched in any case). */
final class CsvExport implements RvExport {

    private final String shown;
    private final Map<String, Path> files = new HashMap<>();

    CsvExport(Path folder, String shown) {
        this.shown = shown;
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(Files::isRegularFile)
                    .forEach(p -> files.putIfAbsent(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
        } catch (IOException e) {
            throw new SourceException(shown, "cannot be listed (" + e.getMessage() + ")");
        }
    }

    static String fileName(String sheet) {
        return "RVTools_tab" + sheet + ".csv";
    }

    @Override
    public Optional<RvSheet> sheet(String name) {
        Path file = files.get(fileName(name).toLowerCase(Locale.ROOT));
        if (file == null) {
            return Optional.empty();
        }
        String shownFile = shown.endsWith("/") ? shown + file.getFileName() : shown + "/" + file.getFileName();
        return Optional.of(CsvSheet.open(file, shownFile, name));
    }

    @Override
    public String describe(String sheet) {
        return fileName(sheet);
    }

    @Override
    public void close() {
        // each sheet opens and closes its own file
    }
}
