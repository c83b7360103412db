/**
 * Live migration (vMotion): whether a VM can move to another host at all
 * ({@link dev.netmove.engine.migration.MigrationPrecheck}), how long it takes and what it does to the
 * links on the way ({@code PreCopyModel} for one migration at a constant
 * bandwidth, {@link dev.netmove.engine.migration.MigrationSimulator} for migrations sharing the network),
 * and where the VMs of a host in maintenance mode or of a consolidated cluster go
 * ({@link dev.netmove.engine.migration.EvacuationPlanner}).
 *
 * <p>Results are values: what held a stream back is a {@link dev.netmove.engine.migration.Bottleneck}, not a
 * sentence; the step library writes the sentences. Behind the simulator's facade, package-private classes each
 * do one job: the event loop ({@code SimulationRun}), one migration's phase machine ({@code RunningMigration}),
 * the hosts' migration slots ({@code HostSlots}), the hosts' serial share of the setups ({@code ControlPlanes}),
 * the fair shares of the links and the hosts' ceilings ({@code SharedLinks}), a link direction's timeline
 * ({@code LinkUsageRecorder}), what held a stream back ({@code BottleneckLog}), the round trip between the
 * vMotion interfaces with its refusal ({@code VmotionRoundTrip}) and what bound a migration as a whole
 * ({@code MigrationBound}).
 */
package dev.netmove.engine.migration;
