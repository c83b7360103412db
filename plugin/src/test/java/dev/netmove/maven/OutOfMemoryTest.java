package dev.netmove.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutOfMemoryTest {

    @Test
    void the_message_names_what_ran_the_heap_it_had_and_twice_that_to_give_maven() {
        assertThat(OutOfMemory.message("the import of src/test/features/dc.yaml", 200L << 20))
                .startsWith("netmove: the import of src/test/features/dc.yaml ran out of memory: Maven's Java heap"
                        + " (at most 200 MiB) is too small for it; give Maven more heap, for instance MAVEN_OPTS=-Xmx2g,"
                        + " or the line -Xmx2g in the project's .mvn/jvm.config");
        assertThat(OutOfMemory.message("the scenarios", 6L << 30))
                .contains("(at most 6144 MiB)").contains("MAVEN_OPTS=-Xmx12g").contains("-Xmx12g in the project's");
    }

    @Test
    void the_error_keeps_the_out_of_memory_error_as_its_cause() {
        OutOfMemoryError oom = new OutOfMemoryError("Java heap space");
        assertThat(OutOfMemory.of("the scenarios", oom)).hasCause(oom)
                .hasMessageStartingWith("netmove: the scenarios ran out of memory: Maven's Java heap (at most ");
    }
}
