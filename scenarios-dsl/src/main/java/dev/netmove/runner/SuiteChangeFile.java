package dev.netmove.runner;

import dev.netmove.engine.change.ChangeFile;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.steps.ProjectFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The change file of {@value NetmoveProperties#CHANGE}: found inside the project and read, or a configuration error naming it. */
final class SuiteChangeFile {

    private SuiteChangeFile() {
    }

    static Optional<ChangeFile> read(Path base, Path change) {
        if (change == null) {
            return Optional.empty();
        }
        Path file = base.resolve(change).normalize();
        Path project;
        try {
            project = base.toRealPath();
            file = Files.isRegularFile(file) ? file.toRealPath() : file;
        } catch (IOException e) {
            project = base;
        }
        if (!file.startsWith(project)) {
            throw new RunConfigurationException(NetmoveProperties.CHANGE + ": " + change + " is outside the project "
                    + "folder; expected a change file inside the project");
        }
        if (Files.isDirectory(file)) {
            String shown = file.equals(project) || file.equals(base) ? change.toString()
                    : ProjectFolder.shown(project, file);
            throw new RunConfigurationException(NetmoveProperties.CHANGE + ": " + shown + " is a folder; expected a"
                    + " change file (YAML) in it, such as " + NetmoveProperties.CHANGE + "=changes/move-web.yaml,"
                    + " relative to the project folder");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new RunConfigurationException(NetmoveProperties.CHANGE + ": " + ProjectFolder.shown(project, file)
                    + " is not a regular file (a named pipe, a device or a socket); expected a change file (YAML),"
                    + " relative to the project folder");
        }
        if (!Files.isRegularFile(file)) {
            throw new RunConfigurationException(NetmoveProperties.CHANGE + ": " + ProjectFolder.shown(project, file)
                    + " does not exist; expected a change file (YAML), relative to the project folder");
        }
        try {
            return Optional.of(ChangeFile.read(file, ProjectFolder.shown(project, file)));
        } catch (TopologyLoadException e) {
            throw new RunConfigurationException(NetmoveProperties.CHANGE + ": " + e.getMessage());
        }
    }
}
