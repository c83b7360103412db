package dev.netmove.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ParallelSourcesTest {

    @Test
    void givesTheOutcomesInTheOrderOfTheSourcesWhicheverEndsFirst() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> read = ParallelSources.map(List.of(30, 1, 15, 0), millis -> {
            threads.add(Thread.currentThread().getName());
            sleep(millis);
            return "source " + millis;
        });
        assertThat(read).containsExactly("source 30", "source 1", "source 15", "source 0");
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(threads).allMatch(t -> t.startsWith("netmove-import-"));
        }
    }

    @Test
    void aReaderErrorIsRethrownAsItWas() {
        IllegalArgumentException bug = new IllegalArgumentException("a reader's own bug");
        assertThatThrownBy(() -> ParallelSources.map(List.of(1, 2), n -> {
            if (n == 2) {
                throw bug;
            }
            return n;
        })).isSameAs(bug);
    }

    @Test
    void anInterruptStopsTheImportAndKeepsTheThreadInterrupted() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread importer = new Thread(() -> {
            try {
                ParallelSources.map(List.of(1, 2), n -> {
                    started.countDown();
                    sleep(60_000);
                    return n;
                });
            } catch (RuntimeException e) {
                thrown.set(e);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        importer.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        importer.interrupt();
        importer.join(10_000);
        assertThat(importer.isAlive()).isFalse();
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertThat(thrown.get()).hasMessage("the import was interrupted before its sources were read");
            assertThat(stillInterrupted.get()).isTrue();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
