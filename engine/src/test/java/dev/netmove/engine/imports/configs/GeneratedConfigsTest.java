package dev.netmove.engine.imports.configs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.bench.ConfigsReadBenchmark;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated configs are what it claims: 2,000 lines, all three dialects, read without problems. */
class GeneratedConfigsTest {

    @Test
    void three_generated_configs_of_2000_lines_read_cleanly(@TempDir Path dir) throws IOException {
        for (int d = 0; d < 3; d++) {
            String text = ConfigsReadBenchmark.config(d);
            assertThat(text.lines().count()).isEqualTo(2_000);
            Files.writeString(dir.resolve("sw" + d + ".cfg"), text);
        }
        SourceResult r = new ConfigsReader().read(dir, "configs", ImportRules.defaults());
        assertThat(r.problems()).isEmpty();
        assertThat(r.counts()).containsEntry("devices (nxos)", 1).containsEntry("devices (ios)", 1)
                .containsEntry("devices (eos)", 1).containsEntry("svis", 150).containsEntry("lines", 6_000);
    }
}
