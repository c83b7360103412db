package dev.netmove.engine.imports.vcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.DocNode.DocScalar;
import dev.netmove.engine.imports.ImportPipeline;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.govc.GovcReader;
import dev.netmove.engine.imports.rvtools.RvToolsReader;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.load.TopologyLoadException;
import dev.netmove.engine.topology.load.TopologyLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the vCenter readers write is a topology file's shape: written out as YAML, the loader reads it. */
class VcenterDocumentLoadsTest {

    private static Path resource(String name) throws Exception {
        return Path.of(VcenterDocumentLoadsTest.class.getResource(name).toURI()).getParent();
    }

    @Test
    void the_rvtools_document_has_the_topology_shape_and_lacks_only_the_links_other_sources_give() throws Exception {
        DocMap doc = new RvToolsReader().read(resource("/imports/rvtools/csv/RVTools_tabvInfo.csv"), "rv",
                ImportRules.defaults()).document();
        doc.entries().remove(ImportPipeline.PORT_SPEEDS); // the import pipeline's, never the loader's

        assertThatThrownBy(() -> new TopologyLoader().load("rv.yaml", "topology: rv\n" + yaml(doc, "")))
                .isInstanceOf(TopologyLoadException.class)
                .hasMessageStartingWith("rv.yaml: 11 problems")
                .satisfies(e -> assertThat(e.getMessage().strip().lines().skip(1)).hasSize(11).allSatisfy(line -> assertThat(line)
                        .matches("rv.yaml:1:1: links: the topology has no links.*"
                                + "|rv.yaml:\\d+:9: devices\\.esx-a\\d\\.dc1\\.example\\.com\\.uplinks\\[\\d\\]: found NIC"
                                + " \"vmnic\\d\", but no link uses .*")));
    }

    @Test
    void the_govc_document_loads_as_a_topology_once_its_switches_exist() throws Exception {
        DocMap doc = new GovcReader().read(resource("/imports/govc/vms.json"), "govc", ImportRules.defaults())
                .document();
        doc.entries().remove(ImportPipeline.CLUSTER_HINTS); // the import pipeline's, never the loader's
        String switches = "  acc1.dc1.example.com: { role: access, vlans: 110,120,130,900 }\n"
                + "  acc2.dc1.example.com: { role: access, vlans: 110,120,130,900 }\n";

        String text = "topology: govc\n" + yaml(doc, "").replace("\"devices\":\n", "devices:\n" + switches)
                // vmnic1 of esx-a3 has no link: its LLDP neighbour sent no system name
                .replace("    - \"vmnic0\"\n    - \"vmnic1\"\n  \"web01", "    - \"vmnic0\"\n  \"web01");
        Topology t = new TopologyLoader().load("govc.yaml", text.replaceFirst(
                "(\"esx-a3[^\n]*\n(?:    [^\n]*\n)*?    \"uplinks\":\n      - \"vmnic0\"\n)      - \"vmnic1\"\n", "$1"));

        assertThat(t.links()).hasSize(5);
        assertThat(t.vms()).hasSize(3);
    }

    /** Block YAML of a document, every scalar quoted. */
    static String yaml(DocNode node, String indent) {
        StringBuilder b = new StringBuilder();
        if (node instanceof DocMap m) {
            for (Map.Entry<String, DocNode> e : m.entries().entrySet()) {
                b.append(indent).append(quote(e.getKey())).append(':');
                if (e.getValue() instanceof DocScalar s) {
                    b.append(' ').append(quote(s.text())).append('\n');
                } else {
                    b.append('\n').append(yaml(e.getValue(), indent + "  "));
                }
            }
        } else if (node instanceof DocList l) {
            for (DocNode item : l.items()) {
                if (item instanceof DocScalar s) {
                    b.append(indent).append("- ").append(quote(s.text())).append('\n');
                } else {
                    String inner = yaml(item, indent + "  ");
                    b.append(indent).append("- ").append(inner.substring(indent.length() + 2));
                }
            }
        }
        return b.toString();
    }

    private static String quote(String s) {
        return s.matches("[0-9]+") ? s : "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
