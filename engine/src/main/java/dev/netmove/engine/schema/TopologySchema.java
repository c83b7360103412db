package dev.netmove.engine.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON Schema of the topology format version 1 (topology files, import overlays and change files), for
 * editors: the file named by the {@code # yaml-language-server: $schema=...} modeline gives completion, hover
 * text and snippets. It is never stricter than the loader, which stays the last word on a file.
 */
public final class TopologySchema {

    /** The schema's file name, as the modeline names it. */
    public static final String FILE_NAME = "topology-v1.schema.json";

    private static final String RESOURCE = FILE_NAME;

    private TopologySchema() {
    }

    /** The schema's text (JSON, draft-07). */
    public static String text() {
        try (InputStream in = TopologySchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the topology schema " + RESOURCE + " is missing from netmove's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topology schema from netmove's jar", e);
        }
    }

    /**
     * Writes the schema as {@value #FILE_NAME} into {@code folder} (created when missing).
     *
     * @return the written file
     */
    public static Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, text(), StandardCharsets.UTF_8);
        return file;
    }
}
