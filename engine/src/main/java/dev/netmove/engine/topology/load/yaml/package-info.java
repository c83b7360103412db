/**
 * YAML and JSON text to a small tree of {@link dev.netmove.engine.topology.load.yaml.YamlNode}s with
 * line and column, through one entry point, {@link dev.netmove.engine.topology.load.yaml.YamlTree}.
 *
 * <p>A parser of our own reads the plain subset topology files are written in, several times faster
 * than SnakeYAML (the YAML benchmark of engine/src/test/.../bench decided it is needed for the load
 * target of a 100,000-VM file); everything else, and every malformed text, goes to SnakeYAML, whose
 * messages are then the ones shown. Both give the same tree, which a property test checks on generated
 * documents. Tags are refused, never ignored; scalars stay text (the loader reads numbers itself).
 */
package dev.netmove.engine.topology.load.yaml;
