/**
 * The "why" of a result in words: the engine records why as values (what held a stream back), and the
 * sentences users read are written here, once, for the steps and the report.
 */
package dev.netmove.steps.why;
