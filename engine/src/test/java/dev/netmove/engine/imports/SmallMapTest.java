package dev.netmove.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmallMapTest {

    @Test
    void keepsInsertionOrderAndReplacesInPlace() {
        SmallMap<Integer> t = new SmallMap<>();
        for (int i = 0; i < 9; i++) {
            t.put("f" + i, i);
        }
        assertThat(t.put("f3", 33)).isEqualTo(3);
        assertThat(t).hasSize(9);
        assertThat(t.keySet()).containsExactly("f0", "f1", "f2", "f3", "f4", "f5", "f6", "f7", "f8");
        assertThat(t.get("f3")).isEqualTo(33);
        assertThat(t.get("nope")).isNull();
        assertThat(t).isEqualTo(Map.copyOf(t));
    }

    @Test
    void removesByKeyAndThroughTheIterator() {
        SmallMap<Integer> t = new SmallMap<>();
        t.put("a", 1);
        t.put("b", 2);
        t.put("c", 3);
        assertThat(t.remove("b")).isEqualTo(2);
        Iterator<Map.Entry<String, Integer>> it = t.entrySet().iterator();
        it.next();
        it.remove();
        assertThat(t.keySet()).containsExactly("c");
        t.entrySet().iterator().next().setValue(9);
        assertThat(t.get("c")).isEqualTo(9);
    }

    @Test
    void behavesAsALinkedHashMapBelowAndAboveItsArrays() {
        Random random = new Random(12);
        for (int round = 0; round < 200; round++) {
            SmallMap<Integer> small = new SmallMap<>();
            Map<String, Integer> expected = new LinkedHashMap<>();
            for (int op = 0; op < 60; op++) {
                String key = "k" + random.nextInt(30);
                switch (random.nextInt(5)) {
                    case 0, 1 -> assertThat(small.put(key, op)).isEqualTo(expected.put(key, op));
                    case 2 -> assertThat(small.remove(key)).isEqualTo(expected.remove(key));
                    case 3 -> assertThat(small.putIfAbsent(key, op)).isEqualTo(expected.putIfAbsent(key, op));
                    default -> {
                        Iterator<String> it = small.keySet().iterator();
                        Iterator<String> ex = expected.keySet().iterator();
                        if (it.hasNext()) {
                            assertThat(it.next()).isEqualTo(ex.next());
                            it.remove();
                            ex.remove();
                        }
                    }
                }
                assertThat(small.get(key)).isEqualTo(expected.get(key));
                assertThat(small.containsKey(key)).isEqualTo(expected.containsKey(key));
            }
            assertThat(small.entrySet()).containsExactlyElementsOf(expected.entrySet());
            assertThat(small).isEqualTo(expected).hasSameHashCodeAs(expected);
        }
    }

    @Test
    void holdsNullValues() {
        SmallMap<String> t = new SmallMap<>();
        t.put("removed", null);
        assertThat(t).containsKey("removed").containsEntry("removed", null);
    }
}
