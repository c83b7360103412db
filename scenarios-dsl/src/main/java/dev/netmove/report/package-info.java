/**
 * Pictures and pages of what a scenario found: a layered topology diagram with the migration paths, VLAN
 * drop points and link utilization drawn on it, a utilization-over-time chart, and the self-contained HTML
 * report. Pure rendering: strings in, strings out, the same input giving the same bytes.
 */
package dev.netmove.report;
