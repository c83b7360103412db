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
        request.put(MavenBridge.FAIL_IF_NO_SCENARIOS, true);
        request.put(MavenBridge.TEST_CLASSES, base.resolve("no-test-classes").toString());
        return request;
    }

    @Test
    void the_outcome_and_the_log_lines_come_back_as_jdk_types() throws URISyntaxException {
        List<String> lines = new ArrayList<>();
        Map<String, Object> answer = MavenBridge.verify(request("runner-features/failing.feature"),
                (level, line) -> lines.add(level + ": " + line));

        assertThat(answer).containsOnlyKeys(MavenBridge.OUTCOME, MavenBridge.MESSAGE)
                .containsEntry(MavenBridge.OUTCOME, "FAILURE");
        assertThat((String) answer.get(MavenBridge.MESSAGE))
                .contains("runner-features/failing.feature:3  link stays below 60%");
        assertThat(lines).contains("info: FAILED    link stays below 60% (failing.feature:3)")
                .contains("info: netmove: 1 scenario, 0 passed, 1 failed; reports in " + reports)
                .anyMatch(line -> line.startsWith("debug: netmove: glue [dev.netmove.runner.testglue]"));
    }

    @Test
    void a_configuration_problem_comes_back_as_an_error_not_an_exception() throws URISyntaxException {
        Map<String, Object> request = request("runner-features/passing.feature");
        request.put(MavenBridge.TAGS, "and or");

        Map<String, Object> answer = MavenBridge.verify(request, (level, line) -> { });

        assertThat(answer).containsEntry(MavenBridge.OUTCOME, "ERROR");
        assertThat((String) answer.get(MavenBridge.MESSAGE)).startsWith("netmove.tags: 'and or'");
    }
}
