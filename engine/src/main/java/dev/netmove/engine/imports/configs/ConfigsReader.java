package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.ImportNote;
import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceLimits;
import dev.netmove.engine.imports.SourceReader;
import dev.netmove.engine.imports.SourceResult;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The {@code configs:} source (IMPORT.md): a folder of device running-configurations (Cisco NX-OS,
 * IOS/IOS-XE, Arista EOS), one file per device ({@code .cfg}, {@code .conf}, {@code .txt}), or one such
 * file. Each device becomes an entry of {@code devices:} with its VLANs, spanning tree, SVIs, VXLAN,
 * static routes and {@code ports:} (each port's link-end settings, for the merge to attach to the links
 * other sources give). Links themselves never come from configs. The {@code ports:} of a device, keyed
 * by the canonical interface name ({@link dev.netmove.engine.imports.InterfaceNames#canonical}), each key
 * present only where the configuration says it:
 * <pre>
 * ports:
 *   Ethernet1/20: { mode: trunk, vlans: 110,120,900, native: 1, lag: po20, speed: 10Gbps,
 *                   cost: 10, shutdown: true, ip: 10.0.0.1/31, vpcPeerLink: true }
 * </pre>
 * {@code mode} trunk | access | routed; {@code vlans} a trunk's allowed list (written {@code all} when the
 * trunk has none) or an access port's VLAN; {@code native} on trunks only; {@code ip} on routed ports only;
 * a port-channel member carries its port-channel's mode, vlans, native, ip, cost and vpcPeerLink.
 */
public final class ConfigsReader implements SourceReader {

    private static final List<String> EXTENSIONS = List.of(".cfg", ".conf", ".txt");

    private final ConfigsOptions options;

    public ConfigsReader() {
        this(ConfigsOptions.defaults());
    }

    public ConfigsReader(ConfigsOptions options) {
        this.options = options;
    }

    @Override
    public String kind() {
        return "configs";
    }

    @Override
    public SourceResult read(Path source, String shown, ImportRules rules) {
        List<Path> files = files(source, shown);
        boolean folder = Files.isDirectory(source);
        String base = shown.endsWith("/") ? shown : shown + "/";
        DocMap document = new DocMap(Origin.line(shown, 0));
        Map<String, Integer> counts = new TreeMap<>();
        List<ImportNote> notes = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Origin> seen = new LinkedHashMap<>();
        if (folder) {
            unreadable(source, base, notes);
        }
        for (Path file : files) {
            String fileShown = folder ? base + file.getFileName() : shown;
            DeviceConfig device = readFile(fileShown, text(file, fileShown));
            add(device, file.getFileName().toString(), rules, document, counts, notes, problems, seen);
        }
        return new SourceResult(document, counts, notes, problems);
    }

    /** Reads one configuration's text; {@code shown} names it in origins. */
    DeviceConfig readFile(String shown, String content) {
        BlockParser.Parsed parsed = BlockParser.parse(content);
        Dialect dialect = options.dialect().orElseGet(() -> DialectDetector.detect(parsed));
        DeviceConfig device = ConfigInterpreter.interpret(shown, parsed, dialect, options);
        if (parsed.bannerLines() > 0) {
            device.unread.computeIfAbsent("banner", k -> new DeviceConfig.Tally(Origin.line(shown, 1))).lines
                    += parsed.bannerLines();
        }
        return device;
    }

    private void add(DeviceConfig device, String fileName, ImportRules rules, DocMap document,
            Map<String, Integer> counts, List<ImportNote> notes, List<ImportProblem> problems, Map<String, Origin> seen) {
        problems.addAll(device.problems);
        Origin fileAt = Origin.line(device.file, 1);
        if (device.hostname == null && device.interfaces.isEmpty()) {
            problems.add(new ImportProblem(fileAt, "no hostname and no interface line",
                    "a running-config of Cisco NX-OS, IOS or Arista EOS (show running-config), one file per device:"
                            + " a backup that came back empty is taken again; a file that is no device's config (a"
                            + " README) goes out of the folder"));
            return;
        }
        String name = device.hostname != null ? device.hostname.value() : stem(fileName);
        Origin at = device.hostname != null ? device.hostname.origin() : fileAt;
        Origin first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), at);
        if (first != null) {
            problems.add(new ImportProblem(at, "hostname " + name + ", already the hostname at " + first,
                    "one configuration per device: remove one of the two files"));
            return;
        }
        DocMap doc = new DeviceWriter(device, notes, counts).write(name, at, rules);
        document.map("devices", Origin.line(device.file, 0)).put(name, doc);
        counts.merge("devices", 1, Integer::sum);
        counts.merge("devices (" + device.dialect.key() + ")", 1, Integer::sum);
        counts.merge("lines", device.lines, Integer::sum);
        device.unread.forEach((command, tally) -> {
            counts.merge("lines unread", tally.lines, Integer::sum);
            notes.add(new ImportNote(ImportNote.Kind.UNREAD, tally.first, command + ": " + lines(tally.lines) + " unread"));
        });
        device.leftOut.forEach((why, tally) -> {
            counts.merge("lines left out", tally.lines, Integer::sum);
            notes.add(new ImportNote(ImportNote.Kind.SKIPPED, tally.first, why + ": " + lines(tally.lines)
                    + " left out (outside the data plane netmove models)"));
        });
    }

    private static String lines(int n) {
        return n == 1 ? "1 line" : n + " lines";
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /**
     * Notes each entry of the folder with a configuration's name that is no regular file: a symbolic link in a loop
     * or to nothing, a named pipe, a device; such an entry is not read, and said so.
     */
    private static void unreadable(Path folder, String base, List<ImportNote> notes) {
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(p -> isConfigName(p.getFileName().toString()))
                    .filter(p -> !Files.isRegularFile(p) && !Files.isDirectory(p)).sorted().toList()) {
                String why;
                if (Files.isSymbolicLink(p)) {
                    why = Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)
                            ? "a symbolic link that leads nowhere (a loop of links, or to a file that is gone)"
                            : "a symbolic link to no regular file";
                } else {
                    why = "no regular file (a named pipe, a device or a socket)";
                }
                notes.add(new ImportNote(ImportNote.Kind.WARNING, Origin.line(base + p.getFileName(), 0), "is " + why
                        + ", so it is not read; replace it with the device's configuration, or remove it"));
            }
        } catch (IOException e) {
            // files() has listed the folder already; what it could not list it said
        }
    }

    private static List<Path> files(Path source, String shown) {
        if (!Files.exists(source)) {
            throw new SourceException(shown, "no such file or folder; expected a folder of running-configs, "
                    + "one file per device (<device>.cfg, .conf or .txt)");
        }
        if (!Files.isDirectory(source)) {
            if (!Files.isRegularFile(source)) {
                throw new SourceException(shown, "is not a regular file (a named pipe, a device or a socket), so it is"
                        + " not read; expected a folder of running-configs or one configuration file");
            }
            return List.of(source);
        }
        try (Stream<Path> list = Files.list(source)) {
            List<Path> files = list.filter(Files::isRegularFile).filter(p -> isConfigName(p.getFileName().toString()))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new SourceException(shown, "no configuration file in this folder; expected running-configs, "
                        + "one file per device (<device>.cfg, .conf or .txt)");
            }
            return files;
        } catch (IOException e) {
            throw new SourceException(shown, "cannot list the folder: " + e.getMessage());
        }
    }

    private static boolean isConfigName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** The file's text: UTF-8, else Latin-1 (old IOS banners). */
    private static String text(Path file, String shown) {
        SourceLimits.CONFIG.check(file, shown);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SourceException(shown, "cannot read the file: " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

}
