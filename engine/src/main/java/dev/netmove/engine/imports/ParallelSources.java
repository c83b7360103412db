package dev.netmove.engine.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Reads the sources of one import side by side, one per core: readers share nothing (each is built for its
 * source), so a NetBox export and an RVTools export take as long as the slower of the two where there are two
 * cores. The outcomes come back in the order the sources are declared, so the merge, and everything written,
 * is the same as one after the other. An error or an interrupt in one read is rethrown as it was; the others
 * are cancelled.
 */
final class ParallelSources {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private ParallelSources() {
    }

    /** {@code read} applied to every source (or document), in their order; in parallel when there are several and cores to spare. */
    static <S, R> List<R> map(List<S> sources, Function<S, R> read) {
        int threads = Math.min(sources.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            return sources.stream().map(read).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
        List<Future<R>> pending = new ArrayList<>(sources.size());
        try {
            for (S source : sources) {
                pending.add(pool.submit(() -> read.apply(source)));
            }
            List<R> results = new ArrayList<>(sources.size());
            for (Future<R> f : pending) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportInterruptedException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            pending.forEach(f -> f.cancel(true));
            pool.shutdownNow();
        }
    }

    private static ThreadFactory daemons() {
        int pool = POOLS.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "netmove-import-" + pool + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The import was interrupted (a scenario's time limit): nothing was merged. */
    static final class ImportInterruptedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ImportInterruptedException() {
            super("the import was interrupted before its sources were read");
        }
    }
}
