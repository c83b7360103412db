/**
 * The JSON Schema of the topology format, shipped for editors (completion, hover text, snippets).
 */
package dev.netmove.engine.schema;
