package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.SourceException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The optional keys of a {@code configs:} entry of {@code import:}, beside the path:
 * <pre>
 * import:
 *   - { configs: sources/configs/, dialect: nxos, vrfs: [tenant-a] }
 * </pre>
 *
 * @param dialect {@code nxos}, {@code ios} or {@code eos}: every file of the source is read in it; empty:
 *                each file's dialect is told from the file
 * @param vrfs VRFs whose interfaces and static routes are data plane too (an EVPN fabric's tenant VRF,
 *             where its anycast SVIs live); the default VRF always is, every other VRF is left out
 */
public record ConfigsOptions(Optional<Dialect> dialect, Set<String> vrfs) {

    public ConfigsOptions {
        Objects.requireNonNull(dialect, "dialect");
        vrfs = Set.copyOf(new TreeSet<>(vrfs));
    }

    public static ConfigsOptions defaults() {
        return new ConfigsOptions(Optional.empty(), Set.of());
    }

    /**
     * The options of an {@code import:} entry's map (its other keys are ignored here).
     *
     * @param shown the topology file as shown to the user, for the message of a bad value
     * @throws SourceException for an unknown dialect or a {@code vrfs} that is not a list of names
     */
    public static ConfigsOptions of(Map<String, ?> entry, String shown) {
        Optional<Dialect> dialect = Optional.empty();
        Object d = entry.get("dialect");
        if (d != null) {
            dialect = Optional.of(Dialect.fromKey(d.toString()).orElseThrow(() -> new SourceException(shown,
                    "import: configs: dialect \"" + d + "\" is not a dialect read; expected one of " + Dialect.keys()
                            + ", or no dialect: to tell each file's from the file")));
        }
        Set<String> vrfs = new TreeSet<>();
        Object v = entry.get("vrfs");
        if (v instanceof List<?> list) {
            list.forEach(x -> vrfs.add(String.valueOf(x)));
        } else if (v != null) {
            throw new SourceException(shown, "import: configs: vrfs: found \"" + v
                    + "\"; expected a list of VRF names such as [tenant-a]");
        }
        return new ConfigsOptions(dialect, vrfs);
    }

    /** Whether an interface or route of this VRF is read ({@code null}: the default VRF). */
    boolean isDataVrf(String vrf) {
        return vrf == null || vrf.equals("default") || vrfs.contains(vrf);
    }
}
