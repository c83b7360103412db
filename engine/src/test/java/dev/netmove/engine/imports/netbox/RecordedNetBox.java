package dev.netmove.engine.imports.netbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * NetBox's answers as the local HTTP servers of the live-pull tests give them: the pod's recorded pages
 * ({@link NetBoxReaderTest#POD}), one page per offset, their links rewritten to the test server.
 */
public final class RecordedNetBox {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RECORDED = "https://netbox.example.com/api";

    private RecordedNetBox() {
    }

    /** The endpoint a request asks for ({@code dcim/devices} of {@code /api/dcim/devices/?limit=1000}). */
    public static String endpoint(URI request) {
        return request.getPath().replaceAll("^/api/|/$", "");
    }

    /**
     * The body NetBox answers to {@code request} ({@code /api/<endpoint>/?limit=..&offset=..}), its links on
     * {@code base}; empty for an endpoint the recording lacks. An offset past the last page gets the last page.
     */
    public static Optional<String> page(URI request, String base) throws IOException {
        Path file = NetBoxReaderTest.POD.resolve(endpoint(request) + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode recorded = JSON.readTree(file.toFile());
        String query = request.getQuery();
        int offset = query != null && query.contains("offset=")
                ? Integer.parseInt(query.replaceAll(".*offset=(\\d+).*", "$1")) : 0;
        JsonNode page = recorded;
        if (recorded.isArray()) {
            int size = Math.max(1, recorded.get(0).get("results").size());
            page = recorded.get(Math.min(offset / size, recorded.size() - 1));
        }
        return Optional.of(JSON.writeValueAsString(page).replace(RECORDED, base + "/api"));
    }

    /** Answers with {@code body} as NetBox does: its content type and its API version in a header. */
    public static void send(HttpExchange exchange, int status, String type, String apiVersion, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("API-Version", apiVersion);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
