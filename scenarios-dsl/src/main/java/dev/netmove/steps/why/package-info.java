/**
 * The sentences that say why, written at the edge: the engine answers with values (an FHRP
 * election, a nearer vPC peer, a GLBP forwarder), and the step library and its report write them
 * here, in one place, in the network's terms.
 */
package dev.netmove.steps.why;
