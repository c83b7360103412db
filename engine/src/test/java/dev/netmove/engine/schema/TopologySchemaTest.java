package dev.netmove.engine.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopologySchemaTest {

    @Test
    void the_schema_is_written_under_the_name_the_import_modeline_uses(@TempDir Path folder) throws IOException {
        Path written = TopologySchema.writeTo(folder.resolve("target/netmove"));
        assertThat(written).isEqualTo(folder.resolve("target/netmove/topology-v1.schema.json"));
        assertThat(Files.readString(written)).isEqualTo(TopologySchema.text())
                .contains("\"$schema\": \"http://json-schema.org/draft-07/schema#\"")
                .contains("\"markdownDescription\"").contains("\"defaultSnippets\"");
    }

    @Test
    void the_import_goal_modeline_names_this_file() {
        assertThat(dev.netmove.engine.imports.write.ImportedYamlWriter.SCHEMA).isEqualTo(TopologySchema.FILE_NAME);
    }
}
