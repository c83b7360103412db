package dev.netmove.maven;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * What a user reads when a goal runs out of heap: what ran, the heap it had, and how to give Maven more
 * (Maven's own answer is only "Java heap space" and a link). The JVM's heap is Maven's: a quarter of the
 * machine's memory unless {@code MAVEN_OPTS} or the project's {@code .mvn/jvm.config} sets {@code -Xmx}.
 */
final class OutOfMemory {

    private OutOfMemory() {
    }

    /** The build's error for {@code error}, thrown while {@code work} ({@code the import of dc1.yaml}) ran. */
    static MojoExecutionException of(String work, OutOfMemoryError error) {
        return new MojoExecutionException(message(work, Runtime.getRuntime().maxMemory()), error);
    }

    /** The message, for a heap of at most {@code maxHeapBytes}. */
    static String message(String work, long maxHeapBytes) {
        long mib = maxHeapBytes >> 20;
        long suggested = Math.max(2, (mib * 2 + 1023) / 1024); // twice the heap it had, in whole GiB
        return "netmove: " + work + " ran out of memory: Maven's Java heap (at most " + mib + " MiB) is too small for it;"
                + " give Maven more heap, for instance MAVEN_OPTS=-Xmx" + suggested + "g, or the line -Xmx" + suggested
                + "g in the project's .mvn/jvm.config (a data center of 100,000 VMs imports within 1 GiB; a larger one,"
                + " or a source file much larger than its tool writes, needs more)";
    }
}
