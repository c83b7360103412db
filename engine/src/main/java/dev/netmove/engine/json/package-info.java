/** The project's one configured Jackson mapper for the JSON netmove writes. */
package dev.netmove.engine.json;
