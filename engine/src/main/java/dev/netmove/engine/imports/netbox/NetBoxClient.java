package dev.netmove.engine.imports.netbox;

import dev.netmove.engine.json.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.netmove.engine.imports.SourceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live pull of the {@code netbox:} source: reads the list endpoints of {@link NetBoxReader#ENDPOINTS}
 * from a NetBox URL page by page (following {@code next}) with an API token, and writes them as the
 * folder {@link NetBoxReader} reads. Every failure is a {@link SourceException} naming the URL.
 */
public final class NetBoxClient {

    /** The oldest NetBox API whose field names netmove reads (cables with {@code a_terminations}). */
    static final int[] OLDEST = {3, 3};
    private static final Pattern VERSION = Pattern.compile("^(\\d+)\\.(\\d+)");
    private static final int PAGE_SIZE = 1000;

    private final URI api;
    private final String authorization;
    private final Duration timeout;
    private final HttpClient http;
    private final ObjectMapper mapper = JsonMappers.mapper();

    /**
     * @param url NetBox's address ({@code https://netbox.example.com}; a trailing {@code /api} is accepted)
     * @param token the API token: a v2 token ({@code nbt_...}) is sent as {@code Bearer}, an older one as {@code Token}
     * @param timeout how long to wait for each answer
     */
    public NetBoxClient(String url, String token, Duration timeout) {
        this.api = apiRoot(url);
        if (token == null || token.isBlank()) {
            throw new SourceException(url, "no API token; expected the token of the settings.xml server netbox.serverId names");
        }
        String key = token.strip();
        this.authorization = (key.startsWith("nbt_") ? "Bearer " : "Token ") + key;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static URI apiRoot(String url) {
        String base = url == null ? "" : url.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        if (base.endsWith("/api")) {
            base = base.substring(0, base.length() - 4);
        }
        try {
            URI given = new URI(base);
            URI uri = new URI(base + "/api/");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null
                    || given.getPort() > 65535 || given.getRawQuery() != null || given.getRawFragment() != null) {
                throw new URISyntaxException(url, "no http or https scheme and host, a port out of range, or a query");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new SourceException(String.valueOf(url), "is not a NetBox URL; expected an http(s) address such as https://netbox.example.com");
        }
    }

    /** Every endpoint's pages, in {@link NetBoxReader#ENDPOINTS} order; an optional endpoint NetBox lacks is left out. */
    public Map<String, List<JsonNode>> pull() {
        Map<String, List<JsonNode>> pages = new LinkedHashMap<>();
        for (String endpoint : NetBoxReader.ENDPOINTS) {
            Optional<List<JsonNode>> read = pages(endpoint, NetBoxReader.OPTIONAL.contains(endpoint));
            if (read.isEmpty() && NetBoxReader.OPTIONAL.contains(endpoint)) {
                read = pages(endpoint.replace("vpn/", "ipam/"), true); // NetBox 3.3 to 3.6
            }
            read.ifPresent(list -> pages.put(endpoint, list));
        }
        return pages;
    }

    /** Pulls every endpoint and writes it as {@code <folder>/<endpoint>.json}: one page as it came, several as an array. */
    public void pullTo(Path folder) {
        for (Map.Entry<String, List<JsonNode>> e : pull().entrySet()) {
            Path file = folder.resolve(e.getKey() + ".json");
            JsonNode body;
            if (e.getValue().size() == 1) {
                body = e.getValue().get(0);
            } else {
                ArrayNode array = mapper.createArrayNode();
                e.getValue().forEach(array::add);
                body = array;
            }
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, mapper.writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n", StandardCharsets.UTF_8);
            } catch (IOException ex) {
                throw new SourceException(file.toString(), "cannot be written (" + ex.getMessage() + ")");
            }
        }
    }

    private Optional<List<JsonNode>> pages(String endpoint, boolean optional) {
        List<JsonNode> pages = new ArrayList<>();
        URI next = api.resolve(endpoint + "/?limit=" + PAGE_SIZE);
        Set<URI> seen = new HashSet<>();
        long results = 0;
        while (next != null) {
            URI at = next;
            seen.add(at);
            Optional<JsonNode> page = get(at, endpoint, optional && pages.isEmpty());
            if (page.isEmpty()) {
                return Optional.empty();
            }
            pages.add(page.get());
            int here = page.get().path("results").size();
            results += here;
            JsonNode link = page.get().get("next");
            next = link == null || link.isNull() || link.asText().isEmpty() ? null : following(at, link.asText());
            // pages that keep linking on: an empty page with a next link, or more results than the count NetBox gave
            if (next != null && (here == 0 || results > page.get().path("count").asLong(Long.MAX_VALUE))) {
                throw new SourceException(at.toString(), "NetBox's pages of " + endpoint + " do not end (" + results
                        + " results read, count " + page.get().path("count").asText() + ", and still a next link); check"
                        + " the NetBox behind netbox.url");
            }
            if (next != null && seen.contains(next)) {
                throw new SourceException(at.toString(), "NetBox's next link of " + endpoint + " leads back to " + next
                        + ", a page already read, so its pages would never end (" + results + " results read, count "
                        + page.get().path("count").asText() + "); check the NetBox behind netbox.url and any proxy in"
                        + " front of it that rewrites next links, or save the pages as the netbox: folder");
            }
        }
        return Optional.of(pages);
    }

    /**
     * The page a {@code next} link names, always on netbox.url's scheme, host and port: a NetBox behind a reverse
     * proxy writes its own address into {@code next} (often {@code http} where the proxy serves {@code https}), and
     * the token is never sent anywhere but to netbox.url.
     */
    private URI following(URI page, String link) {
        try {
            URI named = page.resolve(new URI(link.strip()));
            String query = named.getRawQuery() == null ? "" : "?" + named.getRawQuery();
            return new URI(api.getScheme() + "://" + api.getRawAuthority() + named.getRawPath() + query).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new SourceException(page.toString(), "NetBox's next link \"" + link + "\" is no URL; check the"
                    + " NetBox behind netbox.url");
        }
    }

    private Optional<JsonNode> get(URI uri, String endpoint, boolean absentIsFine) {
        String shown = uri.toString();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Authorization", authorization)
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SourceException(shown, "no answer within " + seconds(timeout) + " (timeout); check netbox.url and that NetBox is up");
        } catch (ConnectException e) {
            throw new SourceException(shown, "cannot connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage())
                    + "); check netbox.url");
        } catch (IOException e) {
            throw new SourceException(shown, unanswered(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceException(shown, "interrupted while waiting for NetBox");
        }
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            throw new SourceException(shown, "NetBox refused the token (HTTP " + status + detail(response.body())
                    + "); check the token of the settings.xml server netbox.serverId names, and that it may read " + endpoint);
        }
        if (status == 404) {
            if (absentIsFine) {
                return Optional.empty();
            }
            throw new SourceException(shown, "not found (HTTP 404); expected NetBox's REST API under netbox.url"
                    + " (netbox.url is NetBox's address, such as https://netbox.example.com)");
        }
        if (status / 100 != 2) {
            throw new SourceException(shown, "NetBox answered HTTP " + status + detail(response.body()));
        }
        checkVersion(shown, response);
        JsonNode body;
        try {
            body = mapper.readTree(response.body());
        } catch (JsonProcessingException e) {
            body = null;
        }
        if (body == null || body.isMissingNode()) {
            String type = response.headers().firstValue("Content-Type").orElse("no content type");
            throw new SourceException(shown, "answered " + type + ", not JSON; expected a NetBox REST API list"
                    + " ({\"count\", \"next\", \"results\": [...]}): is netbox.url NetBox's address?");
        }
        if (!body.isObject() || !body.has("count") || !body.path("results").isArray()) {
            throw new SourceException(shown, "answered JSON that is not a NetBox list (no count and results);"
                    + " is netbox.url NetBox's address?");
        }
        return Optional.of(body);
    }

    /** What a failed exchange means to the user, without the HTTP client's own words where they say nothing. */
    static String unanswered(IOException e) {
        String text = String.valueOf(e.getMessage());
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("received no bytes") || lower.contains("connection reset") || lower.contains("broken pipe")
                || e instanceof java.io.EOFException && !lower.contains("content-length")) {
            return "the server closed the connection without answering; check that netbox.url is NetBox's address with"
                    + " the scheme NetBox serves (http or https) and port, and that NetBox and any proxy in front of it"
                    + " are up";
        }
        if (lower.contains("bytes received") || lower.contains("eof reached") || lower.contains("content-length")) {
            return "the server closed the connection before its answer was complete; check that NetBox and any proxy"
                    + " in front of it are up, and pull again";
        }
        if (e instanceof javax.net.ssl.SSLException) {
            return "no TLS connection (" + text + "); check netbox.url's scheme (http or https) and NetBox's certificate";
        }
        return "cannot be read (" + (e.getMessage() == null ? "the connection failed" : text) + "); check netbox.url";
    }

    private static void checkVersion(String shown, HttpResponse<String> response) {
        Optional<String> version = response.headers().firstValue("API-Version");
        if (version.isEmpty()) {
            return; // proxies may drop it; the body's shape still says whether this is NetBox
        }
        Matcher m = VERSION.matcher(version.get().strip());
        if (!m.find()) {
            return;
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        if (major < OLDEST[0] || major == OLDEST[0] && minor < OLDEST[1]) {
            throw new SourceException(shown, "NetBox API version " + version.get().strip() + " is older than "
                    + OLDEST[0] + "." + OLDEST[1] + ", the oldest netmove reads; upgrade NetBox, or save its pages in the"
                    + " 3.3 format as the netbox: folder");
        }
    }

    private String detail(String body) {
        try {
            JsonNode json = mapper.readTree(body);
            if (json != null && json.hasNonNull("detail")) {
                return ": " + json.get("detail").asText();
            }
        } catch (JsonProcessingException e) {
            // not JSON: the status says enough
        }
        return "";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
