package dev.netmove.engine.imports;

import dev.netmove.engine.imports.configs.ConfigsOptions;
import dev.netmove.engine.imports.configs.ConfigsReader;
import dev.netmove.engine.imports.govc.GovcReader;
import dev.netmove.engine.imports.lldp.LldpReader;
import dev.netmove.engine.imports.netbox.NetBoxReader;
import dev.netmove.engine.imports.rvtools.RvToolsReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The readers of {@code import:} entries, by kind. Each reader is one line of {@link #standard()}:
 * a new source kind is registered there and nowhere else. A reader that takes options from its entry
 * ({@code - { configs: sources/configs/, dialect: nxos }}) is registered with the option keys it knows
 * and a {@link Factory} that builds it from them.
 */
public final class SourceReaders {

    /**
     * Builds a reader from the extra keys of its {@code import:} entry.
     */
    @FunctionalInterface
    public interface Factory {

        /**
         * @param options the entry's keys beside the kind, each a {@code String} or a {@code List<String>},
         *                in the order written; only keys the registration names
         * @param shown the topology file as shown to the user, for messages
         * @throws SourceException for an option value the reader cannot take
         */
        SourceReader create(Map<String, Object> options, String shown);
    }

    private record Registration(Set<String> options, Factory factory) {
    }

    private final Map<String, Registration> readers = new LinkedHashMap<>();

    private SourceReaders() {
    }

    /** Every reader netmove ships, in the order IMPORT.md lists them. */
    public static SourceReaders standard() {
        SourceReaders r = new SourceReaders();
        // one line per source kind
        r.register("netbox", NetBoxReader::new);
        r.register("configs", Set.of("dialect", "vrfs"), (options, shown) ->
                new ConfigsReader(ConfigsOptions.of(options, shown)));
        r.register("lldp", LldpReader::new);
        r.register("rvtools", RvToolsReader::new);
        r.register("govc", GovcReader::new);
        return r;
    }

    /** An empty registry, for tests that bring their own readers. */
    public static SourceReaders none() {
        return new SourceReaders();
    }

    /** Adds (or replaces) the reader of {@code kind}, which takes no options. */
    public SourceReaders register(String kind, Supplier<SourceReader> reader) {
        return register(kind, Set.of(), (options, shown) -> reader.get());
    }

    /** Adds (or replaces) the reader of {@code kind}, which takes the entry keys {@code options}. */
    public SourceReaders register(String kind, Set<String> options, Factory factory) {
        readers.put(kind, new Registration(Set.copyOf(options), factory));
        return this;
    }

    /** A new reader of {@code kind} with its default options, or empty when there is none. */
    public Optional<SourceReader> find(String kind) {
        Registration r = readers.get(kind);
        return r == null ? Optional.empty() : Optional.of(r.factory().create(Map.of(), kind));
    }

    /**
     * A new reader of {@code kind} with the options of its entry.
     *
     * @throws IllegalArgumentException when no reader of that kind is registered
     * @throws SourceException for an option value the reader cannot take
     */
    public SourceReader create(String kind, Map<String, Object> options, String shown) {
        Registration r = readers.get(kind);
        if (r == null) {
            throw new IllegalArgumentException("no reader for " + kind);
        }
        return r.factory().create(options, shown);
    }

    /** Whether a reader of {@code kind} is registered. */
    public boolean has(String kind) {
        return readers.containsKey(kind);
    }

    /** The option keys the reader of {@code kind} takes, sorted (empty for an unknown kind). */
    public List<String> options(String kind) {
        Registration r = readers.get(kind);
        return r == null ? List.of() : r.options().stream().sorted().toList();
    }

    /** The known kinds, in registration order (for did-you-mean). */
    public List<String> kinds() {
        return List.copyOf(readers.keySet());
    }
}
