package dev.netmove.engine.imports.rvtools;

import static dev.netmove.engine.imports.vcenter.DocText.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.netmove.engine.imports.DocNode;
import dev.netmove.engine.imports.ImportPipeline;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.vcenter.DocText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers as a CSV export holds them once the workbook went through Excel (every field quoted, CRLF, a byte order
 * mark, thousands separators, two decimals) or a locale whose decimal mark is a comma ({@code ;} between fields,
 * {@code .} between thousands): the MiB and Mb/s are those RVTools counted, never the digits before a separator.
 */
class RvToolsNumberFormatsTest {

    private static final String A1 = "esx-a1.dc1.example.com";

    @TempDir
    Path tmp;

    private final RvToolsReader reader = new RvToolsReader();

    private static Path fixture() throws Exception {
        return Path.of(RvToolsNumberFormatsTest.class.getResource("/imports/rvtools/excel-csv/RVTools_tabvInfo.csv")
                .toURI()).getParent();
    }

    @Test
    void thousands_separators_are_read_as_thousands_not_as_a_decimal_mark() throws Exception {
        SourceResult result = reader.read(fixture(), "sources/rvtools", ImportRules.defaults());
        DocNode doc = result.document();

        assertThat(result.problems()).isEmpty();
        assertThat(DocText.of(at(doc, "devices", A1)))
                .isEqualTo("{role: host, cluster: prod-a, memory: 512GiB, uplinks: [vmnic0, vmnic1]}");
        assertThat(DocText.of(at(doc, "devices", "esx-a2.dc1.example.com", "memory"))).isEqualTo("1024GiB");
        assertThat(DocText.of(at(doc, "vms", "web01")))
                .isEqualTo("{host: " + A1 + ", portGroup: web, ip: 10.1.110.21, memory: 16GiB, inUse: 59.9%}");
        assertThat(DocText.of(at(doc, "vms", "db01", "memory"))).isEqualTo("64GiB");
        assertThat(DocText.of(at(doc, "vms", "app01", "memory"))).isEqualTo("8GiB");
    }

    @Test
    void a_nic_speed_with_a_thousands_separator_is_that_many_mbps() throws Exception {
        SourceResult result = reader.read(fixture(), "sources/rvtools", ImportRules.defaults());

        // vmnic0 at 25,000 Mb/s; vmnic1 is down, its Speed empty: no speed rather than a wrong one
        assertThat(result.problems()).isEmpty();
        assertThat(DocText.of(at(result.document(), ImportPipeline.PORT_SPEEDS)))
                .isEqualTo("{" + A1 + ":vmnic0: 25Gbps}");
    }

    @Test
    void a_comma_decimal_locale_export_reads_dots_as_thousands_and_the_comma_as_the_decimal_mark() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("de"));
        Files.writeString(folder.resolve("RVTools_tabvInfo.csv"), "\uFEFFVM;Powerstate;Template;Memory;Host;Cluster\r\n"
                + "web01;poweredOn;False;16.384;esx-a1;prod-a\r\n"
                + "db01;poweredOn;False;4096,00;esx-a1;prod-a\r\n"
                + "big01;poweredOn;False;1.048.576,00;esx-a1;prod-a\r\n", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("RVTools_tabvHost.csv"), "Host;Cluster;# Memory\r\nesx-a1;prod-a;1.572.864\r\n",
                StandardCharsets.UTF_8);

        SourceResult result = reader.read(folder, "de", ImportRules.defaults());

        assertThat(result.problems()).isEmpty();
        assertThat(DocText.of(result.document())).isEqualTo("{devices: {esx-a1: {role: host, cluster: prod-a,"
                + " memory: 1536GiB}}, vms: {web01: {host: esx-a1, memory: 16GiB}, db01: {host: esx-a1, memory: 4GiB},"
                + " big01: {host: esx-a1, memory: 1024GiB}}}");
    }

    @Test
    void a_number_whose_separators_disagree_is_a_problem_at_its_line() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("odd"));
        Files.writeString(folder.resolve("RVTools_tabvInfo.csv"), "VM,Powerstate,Template,Memory,Host\n"
                + "web01,poweredOn,False,\"16,38\",esx-a1\n"
                + "web02,poweredOn,False,\"1,0485,76\",esx-a1\n", StandardCharsets.UTF_8);

        SourceResult result = reader.read(folder, "odd", ImportRules.defaults());

        // 16,38 is a decimal (16.38 MiB, kept whole); 1,0485,76 is no number RVTools or Excel writes
        assertThat(DocText.of(at(result.document(), "vms", "web01", "memory"))).isEqualTo("16MiB");
        assertThat(result.problems()).extracting(Object::toString).containsExactly(
                "odd/RVTools_tabvInfo.csv:3: Memory \"1,0485,76\"; expected a whole number of MiB in column Memory of"
                        + " sheet vInfo");
    }
}
