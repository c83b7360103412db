/**
 * Quantities as types: {@link dev.netmove.engine.quantity.Bandwidth}, {@link dev.netmove.engine.quantity.DataSize},
 * {@link dev.netmove.engine.quantity.TimeSpan}, {@link dev.netmove.engine.quantity.Percent} and
 * {@link dev.netmove.engine.quantity.VlanSet}, each exact (whole bits per second, bytes, nanoseconds, parts per
 * million), read and written in one place, and never negative.
 *
 * <p>Every {@code parse} throws {@link dev.netmove.engine.quantity.QuantityFormatException} with what was found and
 * what was expected; every {@code toString()} is canonical and {@code parse(x.toString())} equals {@code x}.
 * Computed quantities are printed for people, rounded to three significant digits, by
 * {@link dev.netmove.engine.quantity.Rounded}.
 */
package dev.netmove.engine.quantity;
