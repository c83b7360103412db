package dev.netmove.engine.imports.lldp;

import com.fasterxml.jackson.databind.JsonNode;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceReader;
import dev.netmove.engine.imports.SourceResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code lldp:} source (IMPORT.md): a neighbour table as a CSV, NAPALM
 * {@code get_lldp_neighbors_detail} JSON (one file, or a folder of {@code <device>.json}), Arista
 * {@code show lldp neighbors | json} (a folder of {@code <device>.json}) or Batfish
 * {@code layer1_topology.json}; the format is told by the file's shape. It gives links only.
 */
public final class LldpReader implements SourceReader {

    static final String EXPECTED = "a neighbour table: a CSV with the header device,port,neighbor,neighbor_port[,speed], "
            + "NAPALM get_lldp_neighbors_detail JSON, Arista \"show lldp neighbors | json\" or Batfish layer1_topology.json";

    @Override
    public String kind() {
        return "lldp";
    }

    @Override
    public SourceResult read(Path source, String shown, ImportRules rules) {
        List<ImportProblem> problems = new ArrayList<>();
        NeighbourTable table;
        if (Files.isDirectory(source)) {
            table = new NeighbourTable(false);
            List<Path> files = jsonFiles(source, shown);
            for (Path file : files) {
                String fileShown = child(shown, source.relativize(file).toString().replace('\\', '/'));
                JsonNode saved = JsonSource.read(file, fileShown, EXPECTED);
                JsonNode root = JsonNeighbourFormats.getterResult(saved);
                String pointer = root == saved ? "" : "/get_lldp_neighbors_detail";
                String device = deviceOf(file);
                if (root.isObject() && root.isEmpty()) {
                    continue; // NAPALM's table of a device without neighbours
                }
                if (JsonNeighbourFormats.isArista(root)) {
                    JsonNeighbourFormats.arista(device, root, fileShown, table::add, table.notes(), problems);
                } else if (JsonNeighbourFormats.isNapalmDevice(root)) {
                    JsonNeighbourFormats.napalmDevice(device, root, pointer, fileShown, table::add, table.notes(),
                            problems);
                } else if (JsonNeighbourFormats.isNapalm(root)) {
                    JsonNeighbourFormats.napalm(root, fileShown, table::add, table.notes(), problems);
                } else {
                    throw wrongShape(fileShown, root);
                }
            }
        } else if (Files.isRegularFile(source)) {
            String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".csv")) {
                table = new NeighbourTable(false);
                LldpCsvFormat.read(source, shown, table::add, problems);
            } else if (name.endsWith(".json")) {
                JsonNode saved = JsonSource.read(source, shown, EXPECTED);
                JsonNode root = JsonNeighbourFormats.getterResult(saved);
                String pointer = root == saved ? "" : "/get_lldp_neighbors_detail";
                if (JsonNeighbourFormats.isBatfish(root)) {
                    table = new NeighbourTable(true);
                    JsonNeighbourFormats.batfish(root, shown, table::add, problems);
                } else {
                    table = new NeighbourTable(false);
                    if (JsonNeighbourFormats.isArista(root)) {
                        JsonNeighbourFormats.arista(deviceOf(source), root, shown, table::add, table.notes(), problems);
                    } else if (root.isObject() && root.isEmpty()) {
                        // NAPALM's table of a device without neighbours: no links
                    } else if (JsonNeighbourFormats.isNapalm(root)) {
                        JsonNeighbourFormats.napalm(root, shown, table::add, table.notes(), problems);
                    } else if (JsonNeighbourFormats.isNapalmDevice(root)) {
                        JsonNeighbourFormats.napalmDevice(deviceOf(source), root, pointer, shown, table::add,
                                table.notes(), problems);
                    } else {
                        throw wrongShape(shown, root);
                    }
                }
            } else {
                throw new SourceException(shown, "neither a .csv nor a .json file; expected " + EXPECTED);
            }
        } else {
            throw new SourceException(shown, "no such file or folder; expected " + EXPECTED);
        }
        DocMap document = new DocMap(Origin.line(shown, 0));
        document.put("links", table.toLinks(Origin.line(shown, 0)));
        return new SourceResult(document, Map.of("links", table.size(), "one-sided", table.oneSided()), table.notes(),
                problems);
    }

    private static SourceException wrongShape(String shown, JsonNode root) {
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        String found = root.isObject() ? "an object with the keys " + keys.subList(0, Math.min(5, keys.size()))
                : "a JSON " + root.getNodeType().name().toLowerCase(Locale.ROOT);
        return new SourceException(shown, "found " + found + ", which is no neighbour table; expected " + EXPECTED);
    }

    private static List<Path> jsonFiles(Path folder, String shown) {
        try (Stream<Path> list = Files.list(folder)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new SourceException(shown, "a folder without .json files; expected a folder of <device>.json "
                        + "(NAPALM get_lldp_neighbors_detail or Arista show lldp neighbors | json), or one file: " + EXPECTED);
            }
            return files;
        } catch (IOException e) {
            throw new SourceException(shown, "cannot list the folder (" + e.getMessage() + "); expected " + EXPECTED);
        }
    }

    private static String deviceOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static String child(String folder, String name) {
        return folder.endsWith("/") ? folder + name : folder + "/" + name;
    }
}
