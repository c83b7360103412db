/**
 * Pictures and pages of what a scenario found: a layered topology diagram ({@link dev.netmove.report.DiagramLayout}
 * places it, {@link dev.netmove.report.LayeredDiagram} draws it) with the migration paths, VLAN drop points and
 * link utilization on it, a utilization-over-time chart, the self-contained HTML report and the run's summary.
 * Pure rendering of the engine's results and Cucumber's statuses: values in, strings out, the same input giving
 * the same bytes. Used by the step library and the runner; the engine knows nothing of it.
 */
package dev.netmove.report;
