package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.json.JsonMappers;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class NetBoxFieldSetTest {

    @Test
    void aPrunedObjectReadsAsJacksonWouldReadIt() throws Exception {
        String json = "{\"id\": 7, \"url\": \"x\", \"name\": \"leaf1\", \"speed\": 10000000000,"
                + " \"tagged_vlans\": [{\"vid\": 110}, {\"vid\": 120}], \"lag\": null}";
        try (JsonParser p = JsonMappers.mapper().createParser(json)) {
            p.nextToken();
            JsonNode n = NetBoxFieldSet.readPruned(p);
            assertThat(n.toString()).isEqualTo(
                    "{\"id\":7,\"name\":\"leaf1\",\"speed\":10000000000,\"tagged_vlans\":[{\"vid\":110},{\"vid\":120}],\"lag\":null}");
            assertThat(n.path("speed").asLong()).isEqualTo(10_000_000_000L);
            assertThat(n.path("id").asLong(-1)).isEqualTo(7);
            assertThat(n.has("url")).isFalse();
        }
    }
}
