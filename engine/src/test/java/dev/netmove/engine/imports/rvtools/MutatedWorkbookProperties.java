package dev.netmove.engine.imports.rvtools;

import static dev.netmove.engine.PropertySeeds.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.netmove.engine.imports.DocumentMerge;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Randomly damaged RVTools workbooks: the bytes of the file cut or overwritten, or one of its XML parts
 * (a sheet, the shared strings, the workbook) changed as text and zipped again. Whatever the damage, the reader
 * reads the workbook or refuses it with its own message naming the file, within seconds; never another exception.
 */
class MutatedWorkbookProperties {

    private static final List<String> PIECES = List.of("<", ">", "</c>", "<c r=\"A1\" t=\"s\"><v>99999</v></c>",
            "<v>-1</v>", "<v>1e400</v>", "t=\"b\"", "t=\"s\"", "r=\"ZZZZ99999999\"", "<row r=\"0\">", "<row r=\"-5\">",
            "\"", "&", "&amp;", "\u0000", "<sheetData/>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
            "&e;", "<si><t>VM</t></si>", " ", "\n");

    private static Path folder;
    private static byte[] workbook;
    private static Map<String, byte[]> parts;

    @BeforeContainer
    static void writeWorkbook() throws Exception {
        folder = Files.createTempDirectory("netmove-mutated-xlsx").toRealPath();
        Path base = RvToolsWorkbook.write(RvToolsReaderTest.fixture(), folder.resolve("base.xlsx"));
        workbook = Files.readAllBytes(base);
        parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(base.toFile())) {
            for (ZipEntry e : zip.stream().map(ZipEntry.class::cast).toList()) {
                try (var in = zip.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
        }
    }

    @AfterContainer
    static void removeFolder() throws IOException {
        try (var files = Files.list(folder)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    /** A damage: to the bytes ({@code part} < 0) or to one XML part as text; at a place, so much removed, a piece in. */
    record Damage(int part, double at, int removed, String inserted) {

        byte[] apply() throws IOException {
            if (part < 0) {
                int start = (int) (at * workbook.length);
                byte[] bytes = workbook.clone();
                if (removed == 0) {
                    return java.util.Arrays.copyOf(bytes, start); // cut short
                }
                byte[] piece = inserted.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(piece, 0, bytes, start, Math.min(piece.length, bytes.length - start));
                return bytes;
            }
            return zipped();
        }

        /** The parts zipped again, the one this damage names changed. */
        byte[] zipped() throws IOException {
            List<String> names = new ArrayList<>(parts.keySet());
            String name = part < 0 ? "" : names.get(part % names.size());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    byte[] content = e.getValue();
                    if (e.getKey().equals(name)) {
                        String text = new String(content, StandardCharsets.UTF_8);
                        int start = (int) (at * text.length());
                        content = (text.substring(0, start) + inserted
                                + text.substring(Math.min(text.length(), start + removed))).getBytes(StandardCharsets.UTF_8);
                    }
                    zip.write(content);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        }
    }

    @Property(tries = 1)
    void an_external_xml_entity_in_a_workbook_never_reads_the_file_it_names() throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "esx-secret-host");
        String strings = new String(parts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8);
        int root = strings.indexOf("<sst");
        String evil = strings.substring(0, root) + "<!DOCTYPE sst [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"
                + strings.substring(root).replaceFirst("(<t[^>]*>)esx[^<]*</t>", "$1&e;</t>");
        assertThat(evil).contains(">&e;</t>"); // a host's name, read into the document if the entity were resolved
        Map<String, byte[]> saved = new LinkedHashMap<>(parts);
        parts.put("xl/sharedStrings.xml", evil.getBytes(StandardCharsets.UTF_8));
        try {
            Path xlsx = Files.write(folder.resolve("RVTools_export_all.xlsx"), new Damage(-1, 0, 0, "").zipped());
            try {
                String read = DocumentMerge.text(new RvToolsReader()
                        .read(xlsx, "sources/RVTools_export_all.xlsx", ImportRules.defaults()).document());
                assertThat(read).doesNotContain("esx-secret-host");
            } catch (SourceException e) {
                assertThat(e.getMessage()).doesNotContain("esx-secret-host");
            }
        } finally {
            parts.clear();
            parts.putAll(saved);
        }
    }

    @Provide
    Arbitrary<Damage> damages() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES),
                Arbitraries.strings().withChars("<>/=\"&;: 0123456789abcrtvsA").ofMaxLength(12));
        return Combinators.combine(Arbitraries.integers().between(-3, 200), Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(0, 40), piece).as(Damage::new);
    }

    @Property(tries = 250, edgeCases = EdgeCasesMode.MIXIN, seed = SEED)
    void a_damaged_workbook_is_read_or_refused_with_the_readers_message(@ForAll("damages") Damage damage)
            throws IOException {
        Path xlsx = Files.write(folder.resolve("RVTools_export_all.xlsx"), damage.apply());
        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                new RvToolsReader().read(xlsx, "sources/RVTools_export_all.xlsx", ImportRules.defaults());
                return "read";
            } catch (SourceException e) {
                assertThat(e.getMessage()).as(damage.toString()).startsWith("sources/RVTools_export_all.xlsx")
                        .doesNotContain("\tat ");
                return "refused";
            }
        }, () -> "reading the workbook after " + damage + " did not end");
        Statistics.collect(outcome);
    }
}
