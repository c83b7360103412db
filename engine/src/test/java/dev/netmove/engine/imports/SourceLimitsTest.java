package dev.netmove.engine.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.netmove.engine.imports.lldp.LldpReader;
import dev.netmove.engine.imports.rvtools.RvToolsReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source files too large for what they are refused at once by their size, naming the file, the size and the limit. */
class SourceLimitsTest {

    @TempDir
    Path dir;

    @AfterEach
    void unset() {
        System.clearProperty(SourceLimits.PROPERTY);
    }

    /** A file of {@code bytes} that takes no room on disk (sparse): its size is all the limit looks at. */
    private Path sized(String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write("device,port,neighbor,neighbor_port\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            f.setLength(bytes);
        }
        return file;
    }

    @Test
    void an_lldp_table_larger_than_64_mib_is_refused_naming_its_size_the_limit_and_the_property() throws IOException {
        Path big = sized("lldp.csv", 132L << 20);
        assertThatThrownBy(() -> new LldpReader().read(big, "sources/lldp.csv", ImportRules.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessage("sources/lldp.csv: is 132.0 MiB, more than the 64 MiB netmove reads as an LLDP neighbour"
                        + " table; expected the file as its tool wrote it (check that it is the right file); if it is,"
                        + " raise the limit with -Dnetmove.import.maxFileSize=<MiB>");
    }

    @Test
    void the_property_sets_every_limit_and_a_wrong_value_is_told() throws IOException {
        Path small = Files.writeString(dir.resolve("lldp.csv"), "device,port,neighbor,neighbor_port\n"
                + "leaf1,Eth1/1,esx1,vmnic0\n".repeat(60_000)); // 1.4 MiB
        System.setProperty(SourceLimits.PROPERTY, "1");
        assertThatThrownBy(() -> new LldpReader().read(small, "lldp.csv", ImportRules.defaults()))
                .hasMessageStartingWith("lldp.csv: is 1.4 MiB, more than the 1 MiB netmove reads as an LLDP neighbour table;");
        System.setProperty(SourceLimits.PROPERTY, "2");
        assertThat(new LldpReader().read(small, "lldp.csv", ImportRules.defaults()).counts()).containsEntry("links", 1);
        System.setProperty(SourceLimits.PROPERTY, "lots");
        assertThatThrownBy(() -> new LldpReader().read(small, "lldp.csv", ImportRules.defaults()))
                .hasMessage("-Dnetmove.import.maxFileSize=lots: found no whole number of MiB; expected the largest"
                        + " source file to read in MiB, such as 4096");
    }

    @Test
    void an_xlsx_cell_of_megabytes_is_refused_before_the_workbook_is_read() throws IOException {
        Path xlsx = dir.resolve("RVTools_export_all.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "RVTools", "4.7");
            Worksheet ws = wb.newWorksheet("vInfo");
            ws.value(0, 0, "VM");
            ws.value(1, 0, "x".repeat(3 << 20));
            wb.finish();
        }
        assertThat(Files.size(xlsx)).isLessThan(1 << 20); // zipped, it is small
        assertThatThrownBy(() -> new RvToolsReader().read(xlsx, "sources/rv.xlsx", ImportRules.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("sources/rv.xlsx (xl/")
                .hasMessageEndingWith(": has a cell of more than 1.0 MiB of text (Excel itself keeps at most 32,767"
                        + " characters in a cell); expected the workbook as RVTools wrote it; save it again from"
                        + " RVTools, or export all to csv");
    }

    @Test
    void an_xlsx_sheet_that_unzips_past_the_limit_is_refused_naming_the_part() throws IOException {
        Path xlsx = dir.resolve("RVTools_export_all.xlsx");
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            Workbook wb = new Workbook(out, "RVTools", "4.7");
            Worksheet ws = wb.newWorksheet("vInfo");
            for (int r = 0; r < 60_000; r++) {
                ws.value(r, 0, r);
            }
            wb.finish();
        }
        System.setProperty(SourceLimits.PROPERTY, "1");
        assertThatThrownBy(() -> new RvToolsReader().read(xlsx, "sources/rv.xlsx", ImportRules.defaults()))
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith("sources/rv.xlsx (xl/worksheets/sheet1.xml): unzips to ")
                .hasMessageEndingWith(", more than the 1 MiB netmove reads of one sheet; expected the workbook as"
                        + " RVTools wrote it (check that it is the right file); if it is, raise the limit with"
                        + " -Dnetmove.import.maxFileSize=<MiB>");
    }
}
