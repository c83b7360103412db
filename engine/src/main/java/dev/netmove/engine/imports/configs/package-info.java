/**
 * The {@code configs:} source: Cisco NX-OS, IOS/IOS-XE and Arista EOS running-configurations read
 * by one block reader into one model of a device's configuration, through per-dialect tables of
 * phrasings, and written as partial topology documents whose every fact names its file and line.
 */
package dev.netmove.engine.imports.configs;
