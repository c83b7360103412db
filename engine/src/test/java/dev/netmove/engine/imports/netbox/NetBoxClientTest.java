package dev.netmove.engine.imports.netbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live pull against a real HTTP server on 127.0.0.1 serving the pod fixture's recorded pages. */
class NetBoxClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile String apiVersion = "4.1";
    private volatile String acceptedToken = "0123456789abcdef0123456789abcdef01234567";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::serveRecorded);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Answers /api/<endpoint>/?limit=..&offset=.. from the recorded file, one page per offset, as NetBox would. */
    private void serveRecorded(HttpExchange exchange) throws IOException {
        requests.add(exchange.getRequestURI().toString());
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(auth);
        if (auth == null || !auth.endsWith(" " + acceptedToken)) {
            send(exchange, 403, "application/json", "{\"detail\": \"Invalid token\"}");
            return;
        }
        java.util.Optional<String> page = RecordedNetBox.page(exchange.getRequestURI(), base);
        if (page.isEmpty()) {
            send(exchange, 404, "application/json", "{\"detail\": \"Not found.\"}");
            return;
        }
        send(exchange, 200, "application/json", page.get());
    }

    private void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        RecordedNetBox.send(exchange, status, type, apiVersion, body);
    }

    private NetBoxClient client(String token) {
        return new NetBoxClient(base, token, TIMEOUT);
    }

    @Test
    void pulls_every_endpoint_following_next_and_writes_a_folder_the_reader_reads_like_the_saved_one() throws IOException {
        Path folder = dir.resolve("pulled");
        client(acceptedToken).pullTo(folder);

        assertThat(requests).contains("/api/dcim/interfaces/?limit=1000", "/api/dcim/interfaces/?limit=30&offset=30");
        assertThat(authorizations).allMatch(("Token " + acceptedToken)::equals);
        JsonNode interfaces = JSON.readTree(folder.resolve("dcim/interfaces.json").toFile());
        assertThat(interfaces.isArray()).isTrue();
        assertThat(interfaces.size()).isEqualTo(2);
        assertThat(interfaces.get(0).get("results").size() + interfaces.get(1).get("results").size()).isEqualTo(51);

        SourceResult pulled = new NetBoxReader().read(folder, "sources/netbox", NetBoxReaderTest.rules(false));
        SourceResult saved = new NetBoxReader().read(NetBoxReaderTest.POD, "sources/netbox", NetBoxReaderTest.rules(false));
        assertThat(DocText.of(pulled.document())).isEqualTo(DocText.of(saved.document()));
        assertThat(pulled.counts()).isEqualTo(saved.counts());
    }

    @Test
    void the_same_netbox_gives_byte_identical_files() throws IOException {
        client(acceptedToken).pullTo(dir.resolve("a"));
        client(acceptedToken).pullTo(dir.resolve("b"));
        for (String endpoint : NetBoxReader.ENDPOINTS) {
            assertThat(dir.resolve("b/" + endpoint + ".json")).hasSameBinaryContentAs(dir.resolve("a/" + endpoint + ".json"));
        }
    }

    @Test
    void a_v2_token_is_sent_as_bearer() {
        acceptedToken = "nbt_Ab12Cd34.s3cr3tVal";
        client(acceptedToken).pull();
        assertThat(authorizations).isNotEmpty().allMatch("Bearer nbt_Ab12Cd34.s3cr3tVal"::equals);
    }

    @Test
    void a_refused_token_names_the_url_and_the_settings_server() {
        assertThatThrownBy(() -> client("wrong").pull()).isInstanceOf(SourceException.class)
                .hasMessage(base + "/api/dcim/devices/?limit=1000: NetBox refused the token (HTTP 403: Invalid token);"
                        + " check the token of the settings.xml server netbox.serverId names, and that it may read dcim/devices");
    }

    @Test
    void a_wrong_url_is_a_404_naming_it() {
        assertThatThrownBy(() -> new NetBoxClient(base + "/netbox", acceptedToken, TIMEOUT).pull())
                .isInstanceOf(SourceException.class)
                .hasMessage(base + "/netbox/api/dcim/devices/?limit=1000: not found (HTTP 404); expected NetBox's REST API"
                        + " under netbox.url (netbox.url is NetBox's address, such as https://netbox.example.com)");
    }

    @Test
    void an_api_older_than_3_3_is_refused() {
        apiVersion = "3.2";
        assertThatThrownBy(() -> client(acceptedToken).pull()).isInstanceOf(SourceException.class)
                .hasMessage(base + "/api/dcim/devices/?limit=1000: NetBox API version 3.2 is older than 3.3, the oldest"
                        + " netmove reads; upgrade NetBox, or save its pages in the 3.3 format as the netbox: folder");
    }

    @Test
    void a_non_json_answer_and_json_that_is_no_netbox_list_are_refused() {
        server.createContext("/html/api/", ex -> send(ex, 200, "text/html; charset=utf-8", "<html>Sign in</html>"));
        server.createContext("/other/api/", ex -> send(ex, 200, "application/json", "{\"status\": \"ok\"}"));
        assertThatThrownBy(() -> new NetBoxClient(base + "/html", "t", TIMEOUT).pull()).isInstanceOf(SourceException.class)
                .hasMessage(base + "/html/api/dcim/devices/?limit=1000: answered text/html; charset=utf-8, not JSON;"
                        + " expected a NetBox REST API list ({\"count\", \"next\", \"results\": [...]}): is netbox.url NetBox's address?");
        assertThatThrownBy(() -> new NetBoxClient(base + "/other/api/", "t", TIMEOUT).pull()).isInstanceOf(SourceException.class)
                .hasMessage(base + "/other/api/dcim/devices/?limit=1000: answered JSON that is not a NetBox list (no count"
                        + " and results); is netbox.url NetBox's address?");
    }

    @Test
    void next_links_are_followed_on_netbox_urls_host_so_the_token_goes_nowhere_else() throws IOException {
        // as a NetBox behind a reverse proxy writes them: its own address, plain http
        server.createContext("/proxied/api/", ex -> {
            requests.add(ex.getRequestURI().toString());
            authorizations.add(ex.getRequestHeaders().getFirst("Authorization"));
            boolean first = !String.valueOf(ex.getRequestURI().getQuery()).contains("offset=");
            send(ex, 200, "application/json", first
                    ? "{\"count\": 2, \"next\": \"http://netbox-internal:8080/proxied/api/dcim/devices/?limit=1&offset=1\","
                            + " \"results\": [{\"id\": 1}]}"
                    : "{\"count\": 2, \"next\": null, \"results\": [{\"id\": 2}]}");
        });
        NetBoxClient client = new NetBoxClient(base + "/proxied", acceptedToken, TIMEOUT);
        assertThat(client.pull().get("dcim/devices")).hasSize(2);
        assertThat(requests).contains("/proxied/api/dcim/devices/?limit=1&offset=1");
    }

    @Test
    void pages_that_never_end_and_a_next_link_that_is_no_url_are_refused_naming_the_page() {
        server.createContext("/endless/api/", ex -> {
            String offset = String.valueOf(ex.getRequestURI().getQuery()).replaceAll(".*offset=(\\d+).*|.*", "$1");
            int at = offset.isEmpty() ? 0 : Integer.parseInt(offset);
            send(ex, 200, "application/json", "{\"count\": 1, \"next\": \"" + base + "/endless/api/dcim/devices/?limit=1"
                    + "&offset=" + (at + 1) + "\", \"results\": []}");
        });
        assertThatThrownBy(() -> new NetBoxClient(base + "/endless", acceptedToken, TIMEOUT).pull())
                .isInstanceOf(SourceException.class)
                .hasMessage(base + "/endless/api/dcim/devices/?limit=1000: NetBox's pages of dcim/devices do not end (0"
                        + " results read, count 1, and still a next link); check the NetBox behind netbox.url");
        server.createContext("/broken/api/", ex -> send(ex, 200, "application/json",
                "{\"count\": 2, \"next\": \"http://[netbox/api/dcim/devices/?offset=1\", \"results\": [{\"id\": 1}]}"));
        assertThatThrownBy(() -> new NetBoxClient(base + "/broken", acceptedToken, TIMEOUT).pull())
                .isInstanceOf(SourceException.class)
                .hasMessage(base + "/broken/api/dcim/devices/?limit=1000: NetBox's next link"
                        + " \"http://[netbox/api/dcim/devices/?offset=1\" is no URL; check the NetBox behind netbox.url");
    }

    @Test
    void a_next_link_back_to_a_page_already_read_is_refused_naming_it() {
        // page 2 links back to page 1: the count is not exceeded before the loop would begin again
        server.createContext("/looping/api/", ex -> {
            boolean first = !String.valueOf(ex.getRequestURI().getQuery()).contains("offset=");
            send(ex, 200, "application/json", first
                    ? "{\"count\": 12, \"next\": \"" + base + "/looping/api/dcim/devices/?limit=1000&offset=1\","
                            + " \"results\": [{\"id\": 1}]}"
                    : "{\"count\": 12, \"next\": \"" + base + "/looping/api/dcim/devices/?limit=1000\","
                            + " \"results\": [{\"id\": 2}]}");
        });
        assertThatThrownBy(() -> new NetBoxClient(base + "/looping", acceptedToken, TIMEOUT).pull())
                .isInstanceOf(SourceException.class)
                .hasMessage(base + "/looping/api/dcim/devices/?limit=1000&offset=1: NetBox's next link of dcim/devices"
                        + " leads back to " + base + "/looping/api/dcim/devices/?limit=1000, a page already read, so its"
                        + " pages would never end (2 results read, count 12); check the NetBox behind netbox.url and any"
                        + " proxy in front of it that rewrites next links, or save the pages as the netbox: folder");
        // a page whose next link is itself
        server.createContext("/self/api/", ex -> send(ex, 200, "application/json", "{\"count\": 12, \"next\": \""
                + base + "/self/api/dcim/devices/?limit=1000\", \"results\": [{\"id\": 1}]}"));
        assertThatThrownBy(() -> new NetBoxClient(base + "/self", acceptedToken, TIMEOUT).pull())
                .isInstanceOf(SourceException.class)
                .hasMessageStartingWith(base + "/self/api/dcim/devices/?limit=1000: NetBox's next link of dcim/devices"
                        + " leads back to " + base + "/self/api/dcim/devices/?limit=1000, a page already read");
    }

    @Test
    void a_connection_closed_without_an_answer_says_so_without_the_http_clients_words() {
        server.createContext("/dropping/api/", HttpExchange::close); // no status line, no headers: the socket just closes
        assertThatThrownBy(() -> new NetBoxClient(base + "/dropping", acceptedToken, TIMEOUT).pull())
                .isInstanceOf(SourceException.class)
                .hasMessage(base + "/dropping/api/dcim/devices/?limit=1000: the server closed the connection without"
                        + " answering; check that netbox.url is NetBox's address with the scheme NetBox serves (http or"
                        + " https) and port, and that NetBox and any proxy in front of it are up")
                .message().doesNotContain("IOException", "header parser");
    }

    @Test
    void a_timeout_names_the_url() {
        server.createContext("/slow/api/", ex -> {
            try {
                Thread.sleep(1_500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(ex, 200, "application/json", "{\"count\": 0, \"next\": null, \"results\": []}");
        });
        assertThatThrownBy(() -> new NetBoxClient(base + "/slow", "t", Duration.ofMillis(300)).pull())
                .isInstanceOf(SourceException.class)
                .hasMessage(base + "/slow/api/dcim/devices/?limit=1000: no answer within 300ms (timeout); check netbox.url"
                        + " and that NetBox is up");
    }

    @Test
    void nothing_listening_and_a_url_that_is_no_url_are_clear_errors() {
        String closed = base;
        server.stop(0);
        assertThatThrownBy(() -> new NetBoxClient(closed, "t", TIMEOUT).pull()).isInstanceOf(SourceException.class)
                .hasMessageStartingWith(closed + "/api/dcim/devices/?limit=1000: cannot connect (")
                .hasMessageEndingWith("); check netbox.url");
        assertThatThrownBy(() -> new NetBoxClient("netbox.example.com", "t", TIMEOUT)).isInstanceOf(SourceException.class)
                .hasMessage("netbox.example.com: is not a NetBox URL; expected an http(s) address such as https://netbox.example.com");
        // a port out of range (the HTTP client threw IllegalArgumentException) and a query that would hide /api/
        for (String url : List.of("http://127.0.0.1:99999", "https://netbox.example.com?tab=devices#x")) {
            assertThatThrownBy(() -> new NetBoxClient(url, "t", TIMEOUT)).isInstanceOf(SourceException.class)
                    .hasMessage(url + ": is not a NetBox URL; expected an http(s) address such as https://netbox.example.com");
        }
        server = null;
    }
}
