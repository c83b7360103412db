package dev.netmove.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The check goal's parameters as a project gives them.
 *
 * @param baseFolder       the project's folder, which relative paths are resolved against
 * @param features         feature files or folders whose topologies are checked; empty (or only nulls):
 *                         {@value NetmoveProperties#FEATURES_FOLDER}
 * @param topologies       topology files to check instead (nulls ignored)
 * @param failOnDrift      whether configuration drift fails the build
 * @param reportsDirectory where the drift report goes
 * @param change           a change file whose added and removed drift is reported ({@value NetmoveProperties#CHANGE}), or null
 */
public record CheckSettings(Path baseFolder, List<Path> features, List<Path> topologies, boolean failOnDrift,
                            Path reportsDirectory, Path change) {

    /** Settings without a change. */
    public CheckSettings(Path baseFolder, List<Path> features, List<Path> topologies, boolean failOnDrift,
                         Path reportsDirectory) {
        this(baseFolder, features, topologies, failOnDrift, reportsDirectory, null);
    }

    public CheckSettings {
        baseFolder = Objects.requireNonNull(baseFolder, "baseFolder").toAbsolutePath().normalize();
        features = features == null ? List.of() : features.stream().filter(Objects::nonNull).toList();
        topologies = topologies == null ? List.of() : topologies.stream().filter(Objects::nonNull).toList();
        Objects.requireNonNull(reportsDirectory, "reportsDirectory");
    }
}
