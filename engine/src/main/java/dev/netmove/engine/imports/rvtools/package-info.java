/**
 * The {@code rvtools:} source (IMPORT.md): an RVTools "Export all to csv" folder
 * ({@code RVTools_tab<sheet>.csv}) or the {@code .xlsx} workbook, read by column header, never by
 * position, with Apache Commons CSV and fastexcel-reader.
 */
package dev.netmove.engine.imports.rvtools;
