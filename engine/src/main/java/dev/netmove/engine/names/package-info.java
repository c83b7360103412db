/**
 * Name look-up helpers for error messages: which known names are close to a misspelt one.
 */
package dev.netmove.engine.names;
