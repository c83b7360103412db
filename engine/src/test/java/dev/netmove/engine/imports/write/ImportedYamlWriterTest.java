package dev.netmove.engine.imports.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.netmove.engine.imports.DocNode.DocList;
import dev.netmove.engine.imports.DocNode.DocMap;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.write.SchemaPlaces.Place;
import dev.netmove.engine.imports.write.SchemaPlaces.Scalar;
import dev.netmove.engine.schema.TopologySchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written topology file takes each value as the type the topology schema gives its key. */
class ImportedYamlWriterTest {

    private static final Origin AT = Origin.line("dc1.yaml", 1);

    private static final Schema SCHEMA;

    static {
        try {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(new ObjectMapper().readTree(TopologySchema.text()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @TempDir
    Path project;

    private static List<String> schemaErrors(String yaml) throws IOException {
        return SCHEMA.validate(new YAMLMapper().readTree(yaml)).stream().map(Error::toString).toList();
    }

    @Test
    void a_netbox_anycast_gateway_is_written_as_the_boolean_true_and_the_file_validates_against_the_schema()
            throws IOException {
        NetBoxPodProject.copyPages(project);
        // the pod's agg1 has 10.1.120.1/24 on Vlan120 with role anycast
        NetBoxPodProject.writeOverlay(project, "{ portGroup: app }");

        ImportCommand.Outcome outcome = NetBoxPodProject.runImport(project);

        String yaml = Files.readString(outcome.written());
        assertThat(yaml).contains("      120:\n        ip: 10.1.120.1/24\n        anycast: true\n")
                .doesNotContain("\"true\"");
        assertThat(schemaErrors(yaml)).isEmpty();
    }

    @Test
    void booleans_and_numbers_are_written_plain_where_the_schema_says_so_and_look_alike_strings_stay_quoted()
            throws IOException {
        DocMap document = new DocMap(AT);
        document.put("topology", "1", AT);
        DocMap devices = document.map("devices", AT);
        DocMap agg1 = devices.map("agg1", AT).put("role", "aggregation", AT).put("site", "true", AT).put("pod", "2", AT)
                .put("vlans", "110", AT);
        agg1.map("stp", AT).put("priority", "4096", AT);
        DocMap svis = agg1.map("svis", AT);
        svis.map("110", AT).put("ip", "10.1.110.2/24", AT).put("transit", "false", AT)
                .map("hsrp", AT).put("group", "110", AT).put("vip", "10.1.110.1", AT).put("priority", "110", AT);
        svis.map("120", AT).put("ip", "10.1.120.1/24", AT).put("anycast", "yes", AT);
        devices.map("esx1", AT).put("role", "host", AT).map("portGroups", AT).put("110", "110", AT).put("nfs", "untagged", AT);
        DocList links = document.list("links", AT);
        links.add(new DocMap(AT).put("name", "1:30", AT)
                .put("between", new DocList(AT).add(new DocMap(AT).put("port", "agg1:Eth1/1", AT).put("native", "110", AT))
                        .add(new DocMap(AT).put("port", "esx1:vmnic0", AT).put("vlans", "0110", AT)))
                .put("speed", "10Gbps", AT).put("fhrpFilter", "true", AT).put("cost", "10", AT).put("lag", "1", AT));
        document.map("vms", AT).map("web01", AT).put("host", "esx1", AT).put("portGroup", "110", AT)
                .put("ip", "10.1.110.21", AT);

        String yaml = ImportedYamlWriter.write(document, List.of());

        assertThat(yaml).isEqualTo("""
                # yaml-language-server: $schema=topology-v1.schema.json
                # written by netmove:import from the sources below; edit the overlay, not this file
                topology: "1"
                devices:
                  agg1:
                    role: aggregation
                    site: "true"
                    pod: "2"
                    vlans: 110
                    stp:
                      priority: 4096
                    svis:
                      110:
                        ip: 10.1.110.2/24
                        transit: false
                        hsrp:
                          group: 110
                          vip: 10.1.110.1
                          priority: 110
                      120:
                        ip: 10.1.120.1/24
                        anycast: true
                  esx1:
                    role: host
                    portGroups:
                      110: 110
                      nfs: untagged
                links:
                  - name: "1:30"
                    between:
                      - port: agg1:Eth1/1
                        native: 110
                      - port: esx1:vmnic0
                        vlans: "0110"
                    speed: 10Gbps
                    lag: "1"
                    fhrpFilter: true
                    cost: 10
                vms:
                  web01:
                    host: esx1
                    portGroup: "110"
                    ip: 10.1.110.21
                """);
        assertThat(schemaErrors(yaml)).isEmpty();
        assertThat(ImportedYamlWriter.write(document, List.of())).isEqualTo(yaml);
    }

    @Test
    void the_places_of_the_schema_give_each_key_its_type() {
        Place svi = SchemaPlaces.ROOT.child("devices").child("agg1").child("svis").child("120");
        assertThat(svi.child("anycast").scalars()).containsExactly(Scalar.BOOLEAN);
        assertThat(svi.child("transit").scalars()).containsExactly(Scalar.BOOLEAN);
        assertThat(svi.child("hsrp").child("priority").scalars()).containsExactly(Scalar.INTEGER);
        Place link = SchemaPlaces.ROOT.child("links").item();
        assertThat(link.child("fhrpFilter").scalars()).containsExactly(Scalar.BOOLEAN);
        assertThat(link.child("native").scalars()).containsExactly(Scalar.INTEGER);
        assertThat(link.child("vlans").scalars()).containsExactlyInAnyOrder(Scalar.INTEGER, Scalar.STRING);
        assertThat(link.child("between").item().child("native").scalars()).containsExactly(Scalar.INTEGER);
        assertThat(SchemaPlaces.ROOT.child("vms").child("web01").child("portGroup").scalars()).containsExactly(Scalar.STRING);
        assertThat(SchemaPlaces.ROOT.child("migration").child("streamCapFalloff").scalars())
                .containsExactlyInAnyOrder(Scalar.NUMBER, Scalar.INTEGER);
        assertThat(SchemaPlaces.ROOT.child("devices").child("esx1").child("portGroups").child("web").scalars())
                .containsExactlyInAnyOrder(Scalar.INTEGER, Scalar.STRING, Scalar.NULL);
        assertThat(SchemaPlaces.ROOT.child("nothing").child("here").scalars()).isEmpty();
    }
}
