package dev.netmove.engine.topology.load;

import dev.netmove.engine.topology.load.yaml.KeyPaths;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.ImportSource;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceOverride;
import dev.netmove.engine.imports.SourceReaders;
import dev.netmove.engine.names.ClosestNames;
import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.QuantityFormatException;
import dev.netmove.engine.topology.Role;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the {@code import:} list (each entry one source kind and its path, resolved relative to the
 * topology file's folder and refused unread when it lies outside the project, symbolic links
 * followed) and the {@code importRules:} of a topology file. Every problem goes to the file's list.
 */
final class ImportDeclaration {

    static final Keys RULE_KEYS = Keys.of("roles", "names", "memoryUnit", "vmotionPortGroup", "defaultSpeed");
    static final Keys NAME_KEYS = Keys.of("stripDomain", "lowerCase");

    private final ValueReader values;
    private final SourceReaders readers;
    private final String shown;
    private final List<SourceOverride> overrides;

    ImportDeclaration(ValueReader values, SourceReaders readers, String shown, List<SourceOverride> overrides) {
        this.values = values;
        this.readers = readers;
        this.shown = shown;
        this.overrides = overrides;
    }

    /** The sources of {@code node} (the value of {@code import:}), resolved; unusable entries are reported. */
    List<ImportSource> sources(YamlNode node, Path folder, Path project) {
        List<ImportSource> sources = new ArrayList<>();
        if (node == null || ValueReader.isNull(node)) {
            missingOverrides(sources, node);
            return sources;
        }
        if (!(node instanceof YamlNode.Sequence list)) {
            values.problems().add(node, "import", "found " + ValueReader.describe(node) + "; expected a list of sources "
                    + "such as - lldp: sources/lldp.csv");
            return sources;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String path = KeyPaths.item("import", i);
            MapNode entry = values.map(list.items().get(i), path, null, "a source such as lldp: sources/lldp.csv");
            if (entry == null) {
                continue;
            }
            MapNode.Entry e = kindEntry(entry, path);
            if (e == null) {
                continue;
            }
            String kind = e.key();
            Map<String, Object> options = options(entry, e, path);
            if (options == null) {
                continue;
            }
            Optional<SourceOverride> override = overrides.stream().filter(o -> o.kind().equals(kind)).findFirst();
            if (override.isPresent()) {
                Path replaced = override.get().path().toAbsolutePath().normalize();
                String relative = replaced.startsWith(project) ? project.relativize(replaced).toString().replace('\\', '/')
                        : replaced.toString();
                sources.add(new ImportSource(kind, replaced, relative, Origin.at(shown, e.keyNode().line(),
                        e.keyNode().column()), options));
                continue;
            }
            String written = values.name(e.value(), KeyPaths.child(path, kind), "the path of the source, relative to "
                    + shown);
            if (written == null) {
                continue;
            }
            Path resolved = resolve(written, e.value(), KeyPaths.child(path, kind), folder, project);
            if (resolved != null) {
                String relative = project.relativize(resolved).toString().replace('\\', '/');
                sources.add(new ImportSource(kind, resolved, relative.isEmpty() ? "." : relative,
                        Origin.at(shown, e.keyNode().line(), e.keyNode().column()), options));
            }
        }
        missingOverrides(sources, node);
        return sources;
    }

    /** The entry's source kind: its one key that names a reader; reported when it has none or several. */
    private MapNode.Entry kindEntry(MapNode entry, String path) {
        List<MapNode.Entry> kinds = entry.entries().stream().filter(x -> readers.has(x.key())).toList();
        if (kinds.size() > 1) {
            values.problems().add(entry.node(), path, "found the source kinds " + kinds.stream().map(MapNode.Entry::key)
                    .toList() + " in one entry; expected one source kind and its path, such as lldp: sources/lldp.csv "
                    + "(one list item per source)");
            return null;
        }
        if (kinds.isEmpty()) {
            if (entry.entries().isEmpty()) {
                values.problems().add(entry.node(), path, "found an empty map; expected one source kind and its path, "
                        + "such as lldp: sources/lldp.csv");
                return null;
            }
            MapNode.Entry first = entry.entries().get(0);
            values.problems().add(first.keyNode(), KeyPaths.child(path, first.key()), "unknown source kind "
                    + ValueReader.quote(first.key()) + ClosestNames.didYouMean(first.key(), readers.kinds())
                    + "; expected one of: " + String.join(", ", readers.kinds()));
            return null;
        }
        return kinds.get(0);
    }

    /**
     * The entry's keys beside its kind, as the reader's factory takes them (text, or a list of texts);
     * null when one is unknown to the reader, of the wrong shape, or refused by the reader.
     */
    private Map<String, Object> options(MapNode entry, MapNode.Entry kind, String path) {
        List<String> known = readers.options(kind.key());
        Map<String, Object> options = new LinkedHashMap<>();
        boolean ok = true;
        for (MapNode.Entry o : entry.entries()) {
            if (o == kind) {
                continue;
            }
            String at = KeyPaths.child(path, o.key());
            if (!known.contains(o.key())) {
                values.problems().add(o.keyNode(), at, "unknown key " + ValueReader.quote(o.key()) + " for a "
                        + kind.key() + " source" + ClosestNames.didYouMean(o.key(), known) + "; expected "
                        + (known.isEmpty() ? "only the source's path (" + kind.key() + " takes no options)"
                        : "one of: " + String.join(", ", known)));
                ok = false;
            } else if (o.value() instanceof YamlNode.Sequence list) {
                List<String> items = new ArrayList<>();
                for (int i = 0; i < list.items().size(); i++) {
                    String item = values.name(list.items().get(i), KeyPaths.item(at, i), "a name");
                    if (item == null) {
                        ok = false;
                    } else {
                        items.add(item);
                    }
                }
                options.put(o.key(), List.copyOf(items));
            } else {
                String text = values.name(o.value(), at, "a value or a list of values");
                if (text == null) {
                    ok = false;
                } else {
                    options.put(o.key(), text);
                }
            }
        }
        if (!ok) {
            return null;
        }
        try {
            readers.create(kind.key(), options, shown);
        } catch (SourceException e) {
            String message = e.getMessage();
            values.problems().add(entry.node(), path, message.startsWith(shown + ": ")
                    ? message.substring(shown.length() + 2) : message);
            return null;
        }
        return options;
    }

    /** An override needs the entry it replaces: the entry says where in the import order the source goes. */
    private void missingOverrides(List<ImportSource> sources, YamlNode node) {
        for (SourceOverride o : overrides) {
            if (sources.stream().noneMatch(s -> s.kind().equals(o.kind()))) {
                String problem = "found no " + o.kind() + ": entry for " + o.from() + "; expected one in import:, "
                        + "such as - " + o.kind() + ": sources/" + o.kind() + "/ (its folder is replaced by "
                        + o.from() + ", its place in the list says which sources it fills and which override it)";
                if (node == null) {
                    values.problems().addForFile("import", problem);
                } else {
                    values.problems().add(node, "import", problem);
                }
            }
        }
    }

    private Path resolve(String written, YamlNode at, String path, Path folder, Path project) {
        Path candidate;
        try {
            candidate = folder.resolve(written).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            values.problems().add(at, path, "found " + ValueReader.quote(written) + ", which is no valid path ("
                    + e.getReason() + "); expected a path relative to the folder of " + shown);
            return null;
        }
        if (!candidate.startsWith(project)) {
            values.problems().add(at, path, "the source " + ValueReader.quote(written) + " is outside the project folder; "
                    + "expected a file or folder inside the project (sources are read only from there)");
            return null;
        }
        if (!Files.exists(candidate)) {
            values.problems().add(at, path, "the source " + ValueReader.quote(written) + " does not exist (looked for "
                    + project.relativize(candidate).toString().replace('\\', '/') + "); expected a file or folder, "
                    + "relative to the folder of " + shown);
            return null;
        }
        try {
            Path real = candidate.toRealPath();
            if (!real.startsWith(project)) {
                values.problems().add(at, path, "the source " + ValueReader.quote(written) + " leads outside the project "
                        + "folder (through a symbolic link); expected a file or folder inside the project");
                return null;
            }
            if (!Files.isRegularFile(real) && !Files.isDirectory(real)) {
                values.problems().add(at, path, "the source " + ValueReader.quote(written) + " is not a regular file"
                        + " or folder (a named pipe, a device or a socket), so it is not read; expected the file or"
                        + " folder of an export, relative to the folder of " + shown);
                return null;
            }
            String escape = Files.isDirectory(real) ? linkOutside(real, project) : null;
            if (escape != null) {
                values.problems().add(at, path, "the source " + ValueReader.quote(written) + " holds " + escape
                        + ", a symbolic link that leads outside the project folder; expected every file of a source "
                        + "inside the project (copy the file in, or remove the link)");
                return null;
            }
            return real;
        } catch (IOException e) {
            values.problems().add(at, path, "cannot read the source " + ValueReader.quote(written) + " (" + e.getMessage()
                    + "); expected a readable file or folder");
            return null;
        }
    }

    /**
     * The first entry under {@code folder} (in name order) that is a symbolic link leading outside {@code project},
     * as a path relative to the project; null when there is none. Links are not followed while looking.
     */
    private static String linkOutside(Path folder, Path project) throws IOException {
        List<Path> links = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink()) {
                    links.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // the reader says what it cannot read
            }
        });
        links.sort(null);
        for (Path link : links) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException e) {
                continue; // a dangling link: the reader finds nothing there
            }
            if (!target.startsWith(project)) {
                return project.relativize(link).toString().replace('\\', '/');
            }
        }
        return null;
    }

    /** The rules of {@code node} (the value of {@code importRules:}); the defaults where a key is absent or wrong. */
    ImportRules rules(YamlNode node) {
        ImportRules d = ImportRules.defaults();
        if (node == null || ValueReader.isNull(node)) {
            return d;
        }
        MapNode map = values.map(node, "importRules", RULE_KEYS, "a map with the keys " + RULE_KEYS);
        if (map == null) {
            return d;
        }
        List<ImportRules.RoleRule> roles = new ArrayList<>();
        if (map.has("roles")) {
            MapNode r = values.map(map.value("roles"), "importRules.roles", null, "a map of regex to role, such as "
                    + "\"^core\": core");
            if (r != null) {
                List<String> known = Arrays.stream(Role.values()).map(x -> x.name().toLowerCase(Locale.ROOT)).toList();
                for (MapNode.Entry e : r.entries()) {
                    String path = KeyPaths.child("importRules.roles", e.key());
                    String role = values.name(e.value(), path, "a role: one of " + String.join(", ", known));
                    Pattern pattern = pattern(e.key(), e.keyNode(), path);
                    if (role != null && !known.contains(role)) {
                        values.problems().add(e.value(), path, "unknown role " + ValueReader.quote(role)
                                + ClosestNames.didYouMean(role, known) + "; expected one of: " + String.join(", ", known));
                    } else if (role != null && pattern != null) {
                        roles.add(new ImportRules.RoleRule(pattern, role));
                    }
                }
            }
        }
        boolean strip = d.stripDomain();
        boolean lower = d.lowerCase();
        if (map.has("names")) {
            MapNode names = values.map(map.value("names"), "importRules.names", NAME_KEYS, "a map with the keys "
                    + NAME_KEYS);
            if (names != null) {
                strip = bool(names, "stripDomain", strip);
                lower = bool(names, "lowerCase", lower);
            }
        }
        boolean mib = d.memoryUnitBinary();
        if (map.has("memoryUnit")) {
            String unit = values.name(map.value("memoryUnit"), "importRules.memoryUnit", "MB or MiB");
            if ("MiB".equals(unit)) {
                mib = true;
            } else if (unit != null && !"MB".equals(unit)) {
                values.problems().add(map.value("memoryUnit"), "importRules.memoryUnit", "found " + ValueReader.quote(unit)
                        + "; expected MB (decimal, NetBox's default) or MiB");
            }
        }
        Pattern vmotion = d.vmotionPortGroup();
        if (map.has("vmotionPortGroup")) {
            String text = values.name(map.value("vmotionPortGroup"), "importRules.vmotionPortGroup", "a regex");
            Pattern p = text == null ? null : pattern(text, map.value("vmotionPortGroup"), "importRules.vmotionPortGroup");
            vmotion = p == null ? vmotion : p;
        }
        Optional<String> speed = d.defaultSpeed();
        if (map.has("defaultSpeed")) {
            String text = values.name(map.value("defaultSpeed"), "importRules.defaultSpeed", "none or a speed such as 10Gbps");
            if (text != null && !text.equals("none")) {
                try {
                    Bandwidth.parse(text);
                    speed = Optional.of(text);
                } catch (QuantityFormatException e) {
                    values.problems().add(map.value("defaultSpeed"), "importRules.defaultSpeed", "found "
                            + ValueReader.quote(text) + "; expected none or a speed such as 10Gbps");
                }
            }
        }
        return new ImportRules(roles, strip, lower, mib, vmotion, speed);
    }

    private boolean bool(MapNode map, String key, boolean otherwise) {
        if (!map.has(key)) {
            return otherwise;
        }
        String text = values.name(map.value(key), map.pathOf(key), "true or false");
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text);
        }
        if (text != null) {
            values.problems().add(map.value(key), map.pathOf(key), "found " + ValueReader.quote(text)
                    + "; expected true or false");
        }
        return otherwise;
    }

    private Pattern pattern(String text, YamlNode at, String path) {
        try {
            return Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            values.problems().add(at, path, "found the regex " + ValueReader.quote(text) + ", which does not compile ("
                    + e.getDescription() + "); expected a Java regular expression");
            return null;
        }
    }
}
