package dev.netmove.engine.topology.load;

import dev.netmove.engine.topology.load.yaml.KeyPaths;
import dev.netmove.engine.topology.load.yaml.YamlNode;
import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.Origin;

/**
 * The overlay of a topology file that imports: its YAML tree as a partial document, each node with
 * its file, line and column. Maps are read as the loader reads them (duplicate keys reported, merge
 * keys applied); which keys are allowed is checked later, on the merged document.
 */
final class OverlayDocument {

    private final ValueReader values;
    private final String file;

    OverlayDocument(ValueReader values, String file) {
        this.values = values;
        this.file = file;
    }

    /** The node as a document node; a plain {@code null} becomes the null that removes a key. */
    DocNode convert(YamlNode node, String path) {
        Origin at = Origin.at(file, node.line(), node.column());
        if (node instanceof YamlNode.Scalar scalar) {
            return new DocScalar(ValueReader.isNull(node) ? null : scalar.value(), at);
        }
        if (node instanceof YamlNode.Sequence sequence) {
            DocList list = new DocList(at);
            for (int i = 0; i < sequence.items().size(); i++) {
                list.add(convert(sequence.items().get(i), KeyPaths.item(path, i)));
            }
            return list;
        }
        MapNode map = values.map(node, path, null, "a map");
        DocMap result = new DocMap(at);
        for (MapNode.Entry e : map.entries()) {
            result.put(e.key(), convert(e.value(), KeyPaths.child(path, e.key())));
        }
        return result;
    }
}
