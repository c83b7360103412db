/**
 * How concurrent migration streams share the network: max-min fair rates over capacities
 * ({@link dev.netmove.engine.migration.network.FairShareAllocator}).
 */
package dev.netmove.engine.migration.network;
