package dev.netmove.runner;

import dev.netmove.runner.testglue.RecordingSteps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GluePackagesTest {

    @Test
    void roots_keep_the_outermost_packages_in_first_given_order() {
        assertThat(GluePackages.roots(List.of("a.b", "a", "c", "a.b.c", "c", "ab")))
                .containsExactly("a", "c", "ab");
    }

    @Test
    void the_packages_of_classes_that_use_cucumber_are_found_and_others_ignored() throws URISyntaxException {
        // This module's own compiled tests: only the test glue refers to Cucumber.
        Path testClasses = Path.of(RecordingSteps.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        assertThat(GluePackages.findStepPackages(testClasses)).containsExactly("dev.netmove.runner.testglue");
    }

    @Test
    void a_copied_step_class_is_found_under_its_package_folder(@TempDir Path classes) throws Exception {
        byte[] stepClass = Files.readAllBytes(compiled(RecordingSteps.class));
        byte[] plainClass = Files.readAllBytes(compiled(GluePackagesTest.class));
        write(classes.resolve("com/acme/steps/VlanSteps.class"), stepClass);
        write(classes.resolve("com/acme/steps/more/MoreSteps.class"), stepClass);
        write(classes.resolve("org/other/Plain.class"), plainClass);
        write(classes.resolve("LooseSteps.class"), stepClass);

        assertThat(GluePackages.findStepPackages(classes)).containsExactly("com.acme.steps");
        assertThat(GluePackages.stepClassesInUnnamedPackage(classes)).containsExactly("LooseSteps.class");
    }

    @Test
    void a_missing_classes_folder_has_no_step_packages(@TempDir Path folder) {
        assertThat(GluePackages.findStepPackages(folder.resolve("test-classes"))).isEmpty();
    }

    private static Path compiled(Class<?> type) throws URISyntaxException {
        return Path.of(type.getResource(type.getSimpleName() + ".class").toURI());
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
