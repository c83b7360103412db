package dev.netmove.runner;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunRequestTest {

    private static final Path BASE = Path.of("/projects/dc1");

    @Test
    void relative_paths_are_resolved_against_the_base_folder() {
        RunRequest request = RunRequest.forProject(BASE);

        assertThat(request.features()).containsExactly(Path.of("/projects/dc1/src/test/features"));
        assertThat(request.reportsDirectory()).isEqualTo(Path.of("/projects/dc1/target/netmove"));
        assertThat(request.tags()).isNull();
    }

    @Test
    void netmoves_steps_are_always_glue_and_nested_packages_are_dropped() {
        RunRequest request = RunRequest.forProject(BASE)
                .withGlue(List.of("com.acme.steps.vlan", "com.acme.steps", "dev.netmove.steps"));

        assertThat(request.glue()).containsExactly("com.acme.steps.vlan", "com.acme.steps", "dev.netmove.steps");
        assertThat(request.gluePackages()).containsExactly("dev.netmove.steps", "com.acme.steps");
    }

    @Test
    void a_glue_entry_that_is_not_a_package_name_is_refused_with_an_example() {
        assertThatThrownBy(() -> RunRequest.forProject(BASE).withGlue(List.of("com.acme..steps")))
                .isInstanceOf(RunConfigurationException.class)
                .hasMessage("netmove.glue: 'com.acme..steps' is not a Java package name; "
                        + "expected dot-separated names such as com.example.steps");
    }

    @Test
    void a_tag_expression_that_does_not_parse_is_refused_with_examples() {
        assertThatThrownBy(() -> RunRequest.forProject(BASE).withTags("@smoke and"))
                .isInstanceOf(RunConfigurationException.class)
                .hasMessageStartingWith("netmove.tags: '@smoke and' is not a Cucumber tag expression (")
                .hasMessageEndingWith("expected e.g. @smoke, @vlan and not @slow, (@a or @b) and not @wip");
    }

    @Test
    void blank_tags_mean_every_scenario() {
        assertThat(RunRequest.forProject(BASE).withTags("  ").tags()).isNull();
        assertThat(RunRequest.forProject(BASE).withTags(" @smoke ").tags()).isEqualTo("@smoke");
    }

    @Test
    void no_feature_path_at_all_is_refused() {
        assertThatThrownBy(() -> RunRequest.forProject(BASE).withFeatures(List.of()))
                .isInstanceOf(RunConfigurationException.class)
                .hasMessageContaining("netmove.features: no feature file or folder given");
    }

    @Test
    void a_reports_folder_with_a_comma_is_refused_because_cucumber_would_split_it() {
        assertThatThrownBy(() -> RunRequest.forProject(BASE).withReportsDirectory(Path.of("target/a,b")))
                .isInstanceOf(RunConfigurationException.class)
                .hasMessageContaining("'/projects/dc1/target/a,b' contains a comma");
    }
}
