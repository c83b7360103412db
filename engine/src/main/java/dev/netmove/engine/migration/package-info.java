/**
 * Live migration (vMotion): whether a VM can move to another host at all
 * ({@link dev.netmove.engine.migration.MigrationPrecheck}), and later how long it takes and what
 * it does to the links on the way (the pre-copy model).
 */
package dev.netmove.engine.migration;
