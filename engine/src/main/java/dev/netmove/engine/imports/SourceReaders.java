package dev.netmove.engine.imports;

import dev.netmove.engine.imports.govc.GovcReader;
import dev.netmove.engine.imports.lldp.LldpReader;
import dev.netmove.engine.imports.netbox.NetBoxReader;
import dev.netmove.engine.imports.rvtools.RvToolsReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The readers of {@code import:} entries, by kind. Each reader is one line of {@link #standard()}:
 * a new source kind is registered there and nowhere else.
 */
public final class SourceReaders {

    private final Map<String, Supplier<SourceReader>> readers = new LinkedHashMap<>();

    private SourceReaders() {
    }

    /** Every reader netmove ships, in the order IMPORT.md lists them. */
    public static SourceReaders standard() {
        SourceReaders r = new SourceReaders();
        // one line per source kind (netbox, configs, rvtools, govc register here)
        r.register("netbox", NetBoxReader::new);
        r.register("lldp", LldpReader::new);
        r.register("rvtools", RvToolsReader::new);
        r.register("govc", GovcReader::new);
        return r;
    }

    /** An empty registry, for tests that bring their own readers. */
    public static SourceReaders none() {
        return new SourceReaders();
    }

    /** Adds (or replaces) the reader of {@code kind}. */
    public SourceReaders register(String kind, Supplier<SourceReader> reader) {
        readers.put(kind, reader);
        return this;
    }

    /** A new reader of {@code kind}, or empty when there is none. */
    public Optional<SourceReader> find(String kind) {
        Supplier<SourceReader> s = readers.get(kind);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    /** The known kinds, in registration order (for did-you-mean). */
    public List<String> kinds() {
        return List.copyOf(readers.keySet());
    }
}
