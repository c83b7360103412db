package dev.netmove.engine.topology.load;

import dev.netmove.engine.topology.load.yaml.YamlNode;
import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A merged document as the YAML tree the loader's readers walk, so that imported and typed facts
 * get every check alike. Each node's line is a number into a table of origins (column 1): a
 * problem the readers report at a node is traced back to the source file, or the overlay line,
 * that gave it.
 */
final class DocumentTree {

    private final List<Origin> origins = new ArrayList<>();

    /** The tree of {@code document}. */
    YamlNode build(DocNode node) {
        int line = origins.size() + 1;
        origins.add(node.origin());
        if (node instanceof DocScalar scalar) {
            String text = scalar.text() == null ? "" : scalar.text();
            // a value that reads as YAML null or a merge key only when written plain: imported text is never either
            boolean plain = scalar.text() == null || !(ValueReader.isNullText(text) || text.equals("<<"));
            return new YamlNode.Scalar(text, plain, line, 1);
        }
        if (node instanceof DocList list) {
            List<YamlNode> items = new ArrayList<>(list.items().size());
            for (DocNode item : list.items()) {
                items.add(build(item));
            }
            return new YamlNode.Sequence(items, line, 1);
        }
        DocMap map = (DocMap) node;
        List<YamlNode> keys = new ArrayList<>(map.entries().size());
        List<YamlNode> values = new ArrayList<>(map.entries().size());
        for (Map.Entry<String, DocNode> e : map.entries().entrySet()) {
            int keyLine = origins.size() + 1;
            origins.add(e.getValue().origin());
            keys.add(new YamlNode.Scalar(e.getKey(), false, keyLine, 1));
            values.add(build(e.getValue()));
        }
        return new YamlNode.Mapping(keys, values, false, line, 1);
    }

    /** Where the node at tree line {@code line} came from; null for a line of no node. */
    Origin origin(int line) {
        return line >= 1 && line <= origins.size() ? origins.get(line - 1) : null;
    }
}
