package dev.netmove.engine.topology.load.yaml;

/**
 * A node of a YAML document as the loader keeps it: its value and where it starts (1-based line
 * and column), nothing else; small, so that a large topology's tree stays cheap to build and hold.
 */
public sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    /** The 1-based line where the node starts. */
    int line();

    /** The 1-based column where the node starts. */
    int column();

    /**
     * A scalar, always as text: the loader reads numbers, units and VLAN lists itself.
     *
     * @param plain whether it was written without quotes (only a plain scalar can be null or a merge key)
     */
    public record Scalar(String value, boolean plain, int line, int column) implements YamlNode {
    }

    /** A list. */
    public record Sequence(java.util.List<YamlNode> items, int line, int column) implements YamlNode {
    }

    /**
     * A map, with its keys and values in file order (duplicates kept, for the reader to report).
     *
     * @param flow whether it was written in flow style ({@code { a: 1 }})
     */
    public record Mapping(java.util.List<YamlNode> keys, java.util.List<YamlNode> values, boolean flow, int line, int column)
            implements YamlNode {
    }
}
