/**
 * The {@code govc:} source (IMPORT.md): govc's {@code -json} output of {@code vm.info},
 * {@code object.collect}, {@code host.portgroup.info}, {@code host.vnic.info} and
 * {@code host.vnic.hint}, keys read in any case (older govc writes Go's PascalCase field names,
 * newer govc the vSphere API's camelCase).
 */
package dev.netmove.engine.imports.govc;
