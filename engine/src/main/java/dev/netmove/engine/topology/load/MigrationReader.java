package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.BANDWIDTH;
import static dev.netmove.engine.topology.load.ValueReader.SHARE;
import static dev.netmove.engine.topology.load.ValueReader.TIME;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Convergence;
import dev.netmove.engine.topology.MigrationLimits;
import dev.netmove.engine.topology.MigrationProfile;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads the {@code migration:} map of a topology file over the defaults of its profile. */
final class MigrationReader {

    static final Keys MIGRATION_KEYS = Keys.of("profile", "maxDowntime", "maxRounds", "setupTime",
            "deviceState", "resumeTime", "streamEfficiency", "streamCap", "concurrentPerHost", "convergence",
            "hostCeiling", "streamCapFalloff", "scanRate", "serialSetup", "streamWindow", "maxRoundTrip", "minShare");

    private final ProblemList problems;
    private final ValueReader values;

    MigrationReader(ValueReader values) {
        this.values = values;
        this.problems = values.problems();
    }

    /** The settings of {@code migration:}, or null when a key was wrong (reported). */
    MigrationSettings read(YamlNode node) {
        MapNode m = values.map(node, "migration", MIGRATION_KEYS, "a map such as { profile: vsphere, maxDowntime: 500ms }");
        if (m == null) {
            return null;
        }
        MigrationProfile profile = MigrationProfile.VSPHERE;
        boolean ok = true;
        if (m.has("profile")) {
            profile = values.choice(m.value("profile"), m.pathOf("profile"), "profile", MigrationProfile::fromYaml,
                    MigrationProfile.yamlNames());
            ok = profile != null;
            profile = profile == null ? MigrationProfile.VSPHERE : profile;
        }
        MigrationSettings d = MigrationSettings.defaults(profile);
        Optional<TimeSpan> maxDowntime = d.maxDowntime();
        if (m.has("maxDowntime")) {
            maxDowntime = isWord(m.value("maxDowntime"), "none") ? Optional.empty()
                    : Optional.ofNullable(positive(values.quantity(m.value("maxDowntime"), m.pathOf("maxDowntime"),
                    TimeSpan::parse, TIME + ", or none"), m, "maxDowntime"));
            ok &= isWord(m.value("maxDowntime"), "none") || maxDowntime.isPresent();
        }
        OptionalInt maxRounds = d.maxRounds();
        if (m.has("maxRounds")) {
            if (isWord(m.value("maxRounds"), "none")) {
                maxRounds = OptionalInt.empty();
            } else {
                Integer rounds = values.integer(m.value("maxRounds"), m.pathOf("maxRounds"), 1, 1_000_000,
                        "a number of rounds (or none)");
                ok &= rounds != null;
                maxRounds = rounds == null ? maxRounds : OptionalInt.of(rounds);
            }
        }
        TimeSpan setupTime = d.setupTime();
        if (m.has("setupTime")) {
            setupTime = notNegative(values.quantity(m.value("setupTime"), m.pathOf("setupTime"), TimeSpan::parse, TIME),
                    m, "setupTime");
            ok &= setupTime != null;
        }
        DataSize deviceState = d.deviceState();
        if (m.has("deviceState")) {
            deviceState = values.quantity(m.value("deviceState"), m.pathOf("deviceState"), DataSize::parse, "a size such as 8MiB");
            if (deviceState != null && deviceState.bytes() < 0) {
                problems.add(m.value("deviceState"), m.pathOf("deviceState"), "found " + deviceState + "; expected zero or more");
                deviceState = null;
            }
            ok &= deviceState != null;
        }
        TimeSpan resumeTime = d.resumeTime();
        if (m.has("resumeTime")) {
            resumeTime = notNegative(values.quantity(m.value("resumeTime"), m.pathOf("resumeTime"), TimeSpan::parse, TIME),
                    m, "resumeTime");
            ok &= resumeTime != null;
        }
        Percent efficiency = d.streamEfficiency();
        if (m.has("streamEfficiency")) {
            efficiency = values.quantity(m.value("streamEfficiency"), m.pathOf("streamEfficiency"), Percent::parse, SHARE);
            if (efficiency != null && (efficiency.ppm() <= 0 || efficiency.ppm() > 1_000_000)) {
                problems.add(m.value("streamEfficiency"), m.pathOf("streamEfficiency"), "found " + efficiency
                        + "; expected a share above 0% and at most 100%");
                efficiency = null;
            }
            ok &= efficiency != null;
        }
        Optional<Bandwidth> streamCap = d.streamCap();
        if (m.has("streamCap")) {
            if (isWord(m.value("streamCap"), "none")) {
                streamCap = Optional.empty();
            } else {
                Bandwidth cap = values.quantity(m.value("streamCap"), m.pathOf("streamCap"), Bandwidth::parse,
                        BANDWIDTH + ", or none");
                if (cap != null && cap.bitsPerSecond() <= 0) {
                    problems.add(m.value("streamCap"), m.pathOf("streamCap"), "found "
                            + ValueReader.written(m.value("streamCap"), cap)
                            + "; expected more than zero, or none");
                    cap = null;
                }
                ok &= cap != null;
                streamCap = cap == null ? streamCap : Optional.of(cap);
            }
        }
        OptionalInt concurrent = d.concurrentPerHost();
        if (m.has("concurrentPerHost")) {
            if (isWord(m.value("concurrentPerHost"), "auto")) {
                concurrent = OptionalInt.empty();
            } else {
                Integer c = values.integer(m.value("concurrentPerHost"), m.pathOf("concurrentPerHost"), 1, 1000,
                        "a number of concurrent migrations (or auto)");
                ok &= c != null;
                concurrent = c == null ? concurrent : OptionalInt.of(c);
            }
        }
        Convergence convergence = d.convergence();
        if (m.has("convergence")) {
            convergence = values.choice(m.value("convergence"), m.pathOf("convergence"), "convergence",
                    Convergence::fromYaml, Convergence.yamlNames());
            ok &= convergence != null;
        }
        MigrationLimits limits = readLimits(m, MigrationLimits.defaults(profile));
        if (!ok || limits == null) {
            return null;
        }
        return new MigrationSettings(profile, maxDowntime, maxRounds, setupTime, deviceState, resumeTime, efficiency,
                streamCap, concurrent, convergence, limits);
    }

    /** The limits that are not the network, over {@code d}; null when a key was wrong (reported). */
    private MigrationLimits readLimits(MapNode m, MigrationLimits d) {
        Optional<Optional<Bandwidth>> hostCeiling = orNone(m, "hostCeiling", d.hostCeiling(), Bandwidth::parse,
                BANDWIDTH, b -> b.bitsPerSecond() > 0);
        Optional<Optional<Bandwidth>> scanRate = orNone(m, "scanRate", d.scanRate(), Bandwidth::parse,
                "a rate of guest memory such as 1.5GiB/s", b -> b.bitsPerSecond() > 0);
        Optional<Optional<DataSize>> window = orNone(m, "streamWindow", d.streamWindow(), DataSize::parse,
                "a size such as 16MiB", w -> w.bytes() > 0);
        Optional<Optional<TimeSpan>> roundTrip = orNone(m, "maxRoundTrip", d.maxRoundTrip(), TimeSpan::parse, TIME,
                t -> t.nanos() > 0);
        Optional<Optional<Bandwidth>> minShare = orNone(m, "minShare", d.minShare(), Bandwidth::parse, BANDWIDTH,
                b -> b.bitsPerSecond() > 0);
        Percent serialSetup = d.serialSetup();
        if (m.has("serialSetup")) {
            serialSetup = values.quantity(m.value("serialSetup"), m.pathOf("serialSetup"), Percent::parse, SHARE);
            if (serialSetup != null && serialSetup.ppm() > 1_000_000) {
                problems.add(m.value("serialSetup"), m.pathOf("serialSetup"), "found " + serialSetup
                        + "; expected a share from 0% to 100%");
                serialSetup = null;
            }
        }
        Double falloff = d.streamCapFalloff();
        if (m.has("streamCapFalloff")) {
            falloff = fraction(m, "streamCapFalloff");
        }
        if (hostCeiling.isEmpty() || scanRate.isEmpty() || window.isEmpty() || roundTrip.isEmpty()
                || minShare.isEmpty() || serialSetup == null || falloff == null) {
            return null;
        }
        return new MigrationLimits(hostCeiling.get(), falloff, scanRate.get(), serialSetup, window.get(),
                roundTrip.get(), minShare.get());
    }

    /**
     * The value of a key that takes a quantity or {@code none}: the default when the key is not written,
     * empty (reported) when it is wrong.
     */
    private <T> Optional<Optional<T>> orNone(MapNode m, String key, Optional<T> fallback, Function<String, T> parser,
                                             String expected, Predicate<T> valid) {
        if (!m.has(key)) {
            return Optional.of(fallback);
        }
        if (isWord(m.value(key), "none")) {
            return Optional.of(Optional.empty());
        }
        T value = values.quantity(m.value(key), m.pathOf(key), parser, expected + ", or none");
        if (value != null && !valid.test(value)) {
            problems.add(m.value(key), m.pathOf(key), "found " + ValueReader.written(m.value(key), value)
                    + "; expected more than zero, or none");
            value = null;
        }
        return value == null ? Optional.empty() : Optional.of(Optional.of(value));
    }

    /** A number from 0 to 1 such as {@code 0.363}; null (reported) otherwise. */
    private Double fraction(MapNode m, String key) {
        String text = values.text(m.value(key), m.pathOf(key), "a number from 0 to 1 such as 0.363");
        if (text == null) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(m.value(key), m.pathOf(key), "found " + ValueReader.quote(text.strip())
                + "; expected a number from 0 to 1 such as 0.363");
        return null;
    }

    private static boolean isWord(YamlNode node, String word) {
        return node instanceof YamlNode.Scalar scalar && scalar.value().strip().equals(word);
    }

    private TimeSpan positive(TimeSpan time, MapNode m, String key) {
        if (time != null && time.nanos() <= 0) {
            problems.add(m.value(key), m.pathOf(key), "found " + ValueReader.written(m.value(key), time)
                    + "; expected more than zero, or none");
            return null;
        }
        return time;
    }

    private TimeSpan notNegative(TimeSpan time, MapNode m, String key) {
        if (time != null && time.nanos() < 0) {
            problems.add(m.value(key), m.pathOf(key), "found " + time + "; expected zero or more");
            return null;
        }
        return time;
    }
}
