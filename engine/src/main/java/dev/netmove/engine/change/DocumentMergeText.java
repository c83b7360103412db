package dev.netmove.engine.change;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;

/** How a value of a change file is named in a message: {@code "110"}, {@code a list}, {@code a map}, {@code null}. */
final class DocumentMergeText {

    private DocumentMergeText() {
    }

    static String describe(DocNode node) {
        if (node instanceof DocScalar s) {
            return s.text() == null ? "null" : "\"" + s.text() + "\"";
        }
        if (node instanceof DocList) {
            return "a list";
        }
        return node instanceof DocMap ? "a map" : "nothing";
    }
}
