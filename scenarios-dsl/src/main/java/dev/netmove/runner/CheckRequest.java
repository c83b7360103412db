package dev.netmove.runner;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the topology check reads: the topology files given, or else the topologies that the feature
 * files in {@code features} load; and where its report goes. Relative paths are resolved against
 * the base folder.
 *
 * @param features         feature files or folders to scan when no topology file is given
 * @param topologies       topology files to check instead of scanning the features
 * @param reportsDirectory where {@value NetmoveProperties#DRIFT_REPORT} is written
 * @param baseFolder       the project's base folder; feature files name topologies inside it
 */
public record CheckRequest(List<Path> features, List<Path> topologies, Path reportsDirectory, Path baseFolder) {

    public CheckRequest {
        Objects.requireNonNull(baseFolder, "baseFolder");
        baseFolder = baseFolder.toAbsolutePath().normalize();
        Path base = baseFolder;
        features = List.copyOf(features).stream().map(path -> base.resolve(path).normalize()).distinct().toList();
        topologies = List.copyOf(topologies).stream().map(path -> base.resolve(path).normalize()).distinct().toList();
        Objects.requireNonNull(reportsDirectory, "reportsDirectory");
        reportsDirectory = base.resolve(reportsDirectory).normalize();
    }

    /** The check of a project laid out as netmove expects: features in {@code src/test/features}, reports in {@code target/netmove}. */
    public static CheckRequest forProject(Path baseFolder) {
        return new CheckRequest(List.of(Path.of(NetmoveProperties.FEATURES_FOLDER)), List.of(),
                Path.of("target", NetmoveProperties.REPORTS_FOLDER), baseFolder);
    }

    /** The drift report's file. */
    public Path reportFile() {
        return reportsDirectory.resolve(NetmoveProperties.DRIFT_REPORT);
    }
}
