/**
 * Live migration (vMotion): whether a VM can move to another host at all
 * ({@link dev.netmove.engine.migration.MigrationPrecheck}), how long it takes and what it does to the
 * links on the way ({@link dev.netmove.engine.migration.PreCopyModel} for one migration at a constant
 * bandwidth, {@link dev.netmove.engine.migration.MigrationSimulator} for migrations sharing the network),
 * and where the VMs of a host in maintenance mode or of a consolidated cluster go
 * ({@link dev.netmove.engine.migration.EvacuationPlanner}).
 */
package dev.netmove.engine.migration;
