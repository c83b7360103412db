package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import java.util.stream.Collectors;

/** Writes a document node in YAML flow style, as a user would read it: {@code {role: core, vlans: 110}}. */
final class DocText {

    private DocText() {
    }

    static String of(DocNode node) {
        if (node instanceof DocScalar s) {
            return s.text();
        }
        if (node instanceof DocList l) {
            return l.items().stream().map(DocText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        DocMap m = (DocMap) node;
        return m.entries().entrySet().stream().map(e -> e.getKey() + ": " + of(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
