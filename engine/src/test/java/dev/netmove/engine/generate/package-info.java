/**
 * Synthetic data centers for benchmarks and scale tests, a test fixture shipped in the engine's
 * test-jar (not its main jar): a {@link dev.netmove.engine.generate.DataCenterSpec} says how big,
 * {@link dev.netmove.engine.generate.DataCenterGenerator} writes the topology file. Other modules use it
 * with a {@code netmove-engine} dependency of {@code <type>test-jar</type>} and {@code <scope>test</scope>}.
 */
package dev.netmove.engine.generate;
