/**
 * Sources of truth (IMPORT.md): readers that turn NetBox pages, device configurations, neighbour
 * tables and vCenter exports into partial topology documents, and the one merge rule that joins
 * them with the overlay. The readers know their tool's format; they never merge.
 */
package dev.netmove.engine.imports;
