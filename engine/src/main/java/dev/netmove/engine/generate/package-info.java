/**
 * Synthetic data centers for benchmarks and scale tests: a {@link dev.netmove.engine.generate.DataCenterSpec}
 * says how big, {@link dev.netmove.engine.generate.DataCenterGenerator} writes the topology file.
 */
package dev.netmove.engine.generate;
