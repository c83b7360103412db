package dev.netmove.runner;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class MavenBridgeTest {

    @TempDir
    Path reports;

    private Map<String, Object> request(String feature) throws URISyntaxException {
        Path base = Path.of(Objects.requireNonNull(getClass().getResource("/runner-features")).toURI()).getParent();
        Map<String, Object> request = new HashMap<>();
        request.put(MavenBridge.FEATURES, List.of(base.resolve(feature).toString()));
        request.put(MavenBridge.GLUE, List.of("dev.netmove.runner.testglue"));
        request.put(MavenBridge.REPORTS_DIRECTORY, reports.toString());
        request.put(MavenBridge.BASE_FOLDER, base.toString());
        return request;
    }

    @Test
    void the_answer_holds_counts_summary_and_failure_report_as_jdk_types() throws URISyntaxException {
        List<String> progress = new ArrayList<>();
        Map<String, Object> answer = MavenBridge.runForMaven(request("runner-features/failing.feature"), progress::add);

        assertThat(answer)
                .containsEntry(MavenBridge.TOTAL, 1)
                .containsEntry(MavenBridge.PASSED, 0)
                .containsEntry(MavenBridge.FAILED, 1)
                .containsEntry(MavenBridge.UNDEFINED, 0)
                .containsEntry(MavenBridge.SKIPPED, 0)
                .containsEntry(MavenBridge.SUCCESSFUL, false)
                .containsEntry(MavenBridge.SUMMARY, "1 scenario, 0 passed, 1 failed")
                .doesNotContainKey(MavenBridge.CONFIGURATION_ERROR);
        assertThat((String) answer.get(MavenBridge.FAILURE_REPORT))
                .contains("runner-features/failing.feature:3  link stays below 60%");
        assertThat(progress).hasSize(1);
    }

    @Test
    void a_configuration_problem_comes_back_as_a_message_not_an_exception() throws URISyntaxException {
        Map<String, Object> request = request("runner-features/passing.feature");
        request.put(MavenBridge.TAGS, "and or");

        Map<String, Object> answer = MavenBridge.runForMaven(request, line -> { });

        assertThat(answer).containsOnlyKeys(MavenBridge.CONFIGURATION_ERROR);
        assertThat((String) answer.get(MavenBridge.CONFIGURATION_ERROR)).startsWith("netmove.tags: 'and or'");
    }
}
