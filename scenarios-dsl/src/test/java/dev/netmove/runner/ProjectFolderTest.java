package dev.netmove.runner;

import dev.netmove.steps.ProjectFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectFolderTest {

    private final String savedProperty = System.getProperty(NetmoveProperties.BASEDIR);

    @AfterEach
    void restore() {
        ProjectFolder.set(null);
        if (savedProperty == null) {
            System.clearProperty(NetmoveProperties.BASEDIR);
        } else {
            System.setProperty(NetmoveProperties.BASEDIR, savedProperty);
        }
    }

    @Test
    void a_set_folder_wins_and_is_made_absolute() {
        System.setProperty(NetmoveProperties.BASEDIR, "/elsewhere");
        ProjectFolder.set(Path.of("/projects/dc1/./features/.."));

        assertThat(ProjectFolder.get()).isEqualTo(Path.of("/projects/dc1"));
    }

    @Test
    void without_a_set_folder_the_netmove_basedir_property_is_used() {
        ProjectFolder.set(null);
        System.setProperty(NetmoveProperties.BASEDIR, "/projects/dc2");

        assertThat(ProjectFolder.get()).isEqualTo(Path.of("/projects/dc2"));
    }

    @Test
    void without_either_surefires_basedir_or_the_working_directory_is_used() {
        ProjectFolder.set(null);
        System.clearProperty(NetmoveProperties.BASEDIR);
        String expected = System.getProperty("basedir", System.getProperty("user.dir"));

        assertThat(ProjectFolder.get()).isEqualTo(Path.of(expected).toAbsolutePath().normalize());
    }
}
