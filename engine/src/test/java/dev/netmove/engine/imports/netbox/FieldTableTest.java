package dev.netmove.engine.imports.netbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldTableTest {

    @Test
    void keepsInsertionOrderAndReplacesInPlace() {
        FieldTable t = new FieldTable();
        for (int i = 0; i < 9; i++) {
            t.put("f" + i, IntNode.valueOf(i));
        }
        assertThat(t.put("f3", TextNode.valueOf("three"))).isEqualTo(IntNode.valueOf(3));
        assertThat(t).hasSize(9);
        assertThat(t.keySet()).containsExactly("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8");
        assertThat(t.get("f3")).isEqualTo(TextNode.valueOf("three"));
        assertThat(t.get("nope")).isNull();
        assertThat(t).isEqualTo(Map.copyOf(t));
    }

    @Test
    void removesByKeyAndThroughTheIterator() {
        FieldTable t = new FieldTable();
        t.put("a", IntNode.valueOf(1));
        t.put("b", IntNode.valueOf(2));
        t.put("c", IntNode.valueOf(3));
        assertThat(t.remove("b")).isEqualTo(IntNode.valueOf(2));
        Iterator<Map.Entry<String, JsonNode>> it = t.entrySet().iterator();
        it.next();
        it.remove();
        assertThat(t.keySet()).containsExactly("c");
        t.entrySet().iterator().next().setValue(IntNode.valueOf(9));
        assertThat(t.get("c")).isEqualTo(IntNode.valueOf(9));
    }

    @Test
    void aPrunedObjectReadsAsJacksonWouldReadIt() throws Exception {
        String json = "{\"id\": 7, \"url\": \"x\", \"name\": \"leaf1\", \"speed\": 10000000000,"
                + " \"tagged_vlans\": [{\"vid\": 110}, {\"vid\": 120}], \"lag\": null}";
        try (JsonParser p = NetBoxPages.mapper().createParser(json)) {
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
