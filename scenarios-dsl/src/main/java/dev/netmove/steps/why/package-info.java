/**
 * The sentences that say why, written at the edge: the engine answers with values (what held a
 * migration stream back, an FHRP election, a nearer vPC peer, a GLBP forwarder), and the step
 * library and its report write them here, once, in the network's terms.
 */
package dev.netmove.steps.why;
