/**
 * netmove's Cucumber step library (STEPS.md): the phrases, one class per family, their parameter types, the
 * per-scenario state they share, and the hooks that picture each scenario and hand its findings to the report.
 * It depends on the engine and the report only; the runner depends on it, never the other way.
 */
package dev.netmove.steps;
