package dev.netmove.engine.imports.govc;

import dev.netmove.engine.json.JsonMappers;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceLimits;
import dev.netmove.engine.imports.vcenter.VcenterHost;
import dev.netmove.engine.imports.vcenter.VcenterLink;
import dev.netmove.engine.imports.vcenter.VcenterVm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What one govc import has gathered: hosts, links, VMs, MoRef names, counts, notes and problems. */
final class GovcImport {

    final ImportRules rules;
    final Map<String, VcenterHost> hosts = new LinkedHashMap<>();
    final List<VcenterLink> links = new ArrayList<>();
    final Map<String, VcenterVm> vms = new LinkedHashMap<>();
    /** HostSystem MoRef value (host-21) -> host name. */
    final Map<String, String> hostByMoRef = new HashMap<>();
    /** VirtualMachine MoRef value (vm-42) -> the name of the host whose {@code vm} property lists it. */
    final Map<String, String> hostByVmMoRef = new HashMap<>();
    final Map<String, Integer> counts = new TreeMap<>();
    final List<ImportNote> notes = new ArrayList<>();
    final List<ImportProblem> problems = new ArrayList<>();

    GovcImport(ImportRules rules) {
        this.rules = rules;
    }

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    void note(ImportNote.Kind kind, Origin where, String text) {
        notes.add(new ImportNote(kind, where, text));
    }

    /** A note about {@code about} of the merged document ({@link ImportNote#about}). */
    void note(ImportNote.Kind kind, Origin where, String text, List<String> about) {
        notes.add(new ImportNote(kind, where, text, about));
    }

    void problem(String file, String pointer, String found, String expected) {
        problems.add(new ImportProblem(Origin.pointer(file, pointer), found, expected));
    }

    /**
     * The JSON values of a file: one, or several written one after another (govc {@code object.collect}
     * prints one value per update).
     *
     * @throws SourceException when the file is not JSON
     */
    static List<JsonNode> readJson(Path file, String shown, String expected) {
        SourceLimits.GOVC_JSON.check(file, shown);
        List<JsonNode> values = new ArrayList<>();
        // a parser of its own: Jackson's readValues would take a top-level array for a sequence and unwrap it
        ObjectMapper mapper = JsonMappers.mapper();
        JsonParser[] open = new JsonParser[1];
        try (JsonParser parser = mapper.getFactory().createParser(file.toFile())) {
            open[0] = parser;
            parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION); // a key twice: which value is meant cannot be told
            while (parser.nextToken() != null) {
                values.add(mapper.readTree(parser));
            }
        } catch (JsonProcessingException e) {
            throw new SourceException(shown, JsonMappers.notJson(e, open[0]) + "; expected " + expected);
        } catch (IOException | RuntimeException e) {
            throw new SourceException(shown, "cannot be read as JSON (" + e.getMessage() + "); expected " + expected);
        }
        if (values.isEmpty()) {
            throw new SourceException(shown, "is empty; expected " + expected);
        }
        return values;
    }

    /** A whole number at a place, or null (reported when present but not a number). */
    Long wholeNumber(String file, MoView.Found found, String expected) {
        if (!found.present()) {
            return null;
        }
        if (found.node().canConvertToLong() || found.node().isTextual() && found.text().matches("\\d+")) {
            return found.node().asLong();
        }
        problem(file, found.pointer(), describe(found.node()), expected);
        return null;
    }

    static String describe(JsonNode n) {
        return n.isTextual() ? "\"" + n.asText() + "\"" : n.toString();
    }
}
