package dev.netmove.engine.topology.load;

import static dev.netmove.engine.topology.load.ValueReader.BANDWIDTH;
import static dev.netmove.engine.topology.load.ValueReader.SHARE;
import static dev.netmove.engine.topology.load.ValueReader.TIME;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.topology.Convergence;
import dev.netmove.engine.topology.MigrationProfile;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads the {@code migration:} map of a topology file over the defaults of its profile. */
final class MigrationReader {

    static final Keys MIGRATION_KEYS = Keys.of("profile", "maxDowntime", "maxRounds", "setupTime",
            "deviceState", "resumeTime", "streamEfficiency", "streamCap", "concurrentPerHost", "convergence");

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
                    problems.add(m.value("streamCap"), m.pathOf("streamCap"), "found " + cap
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
        if (!ok) {
            return null;
        }
        return new MigrationSettings(profile, maxDowntime, maxRounds, setupTime, deviceState, resumeTime, efficiency,
                streamCap, concurrent, convergence);
    }

    private static boolean isWord(YamlNode node, String word) {
        return node instanceof YamlNode.Scalar scalar && scalar.value().strip().equals(word);
    }

    private TimeSpan positive(TimeSpan time, MapNode m, String key) {
        if (time != null && time.nanos() <= 0) {
            problems.add(m.value(key), m.pathOf(key), "found " + time + "; expected more than zero, or none");
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
