package dev.netmove.engine.imports.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.netmove.engine.imports.netbox.RecordedNetBox;
import dev.netmove.engine.topology.load.TopologyLoadException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code netmove:import} with {@code netbox.url}, in plain Java: NetBox is pulled from a real HTTP
 * server on 127.0.0.1 (serving the pod fixture's recorded pages, page by page) into
 * {@code target/netmove/netbox/}, and the topology file's {@code netbox:} entry reads that folder.
 */
class ImportCommandNetBoxPullTest {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    static final String TOPOLOGY = """
            topology: pod-a
            import:
              - netbox: sources/netbox/      # not in the project: the live pull replaces it
              - lldp: sources/lldp.csv
            importRules:
              roles: { "^agg": aggregation }
            vms:
              web02: { host: esx-a3, portGroup: web }
              app01: { portGroup: app }
            devices:
              esx-a1: { portGroups: { web: 110 }, vmotion: { vlan: 900, ip: 10.9.0.11/24 } }
              esx-a2: { portGroups: { web: 110, db: 120 }, vmotion: { vlan: 900, ip: 10.9.0.12/24 } }
              esx-a3: { portGroups: { web: 110, app: 130 }, vmotion: { vlan: 900, ip: 10.9.0.13/24 } }
            """;

    @TempDir
    Path project;

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", this::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.createDirectories(project.resolve("sources"));
        Files.writeString(project.resolve("sources/lldp.csv"), """
                device,port,neighbor,neighbor_port,speed
                acc1.dc1.example.com,Eth1/5,esx-a3,vmnic1,10Gbps
                """);
        Files.writeString(project.resolve("pod-a.yaml"), TOPOLOGY);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** NetBox's list endpoints from the recorded files: one page per offset, the token checked. */
    private void serve(HttpExchange exchange) throws IOException {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        Optional<String> page = RecordedNetBox.page(exchange.getRequestURI(), base);
        if (!("Token " + TOKEN).equals(auth)) {
            RecordedNetBox.send(exchange, 403, "application/json", "4.1", "{\"detail\": \"Invalid token\"}");
        } else if (page.isEmpty()) {
            RecordedNetBox.send(exchange, 404, "application/json", "4.1", "{\"detail\": \"Not found.\"}");
        } else {
            RecordedNetBox.send(exchange, 200, "application/json", "4.1", page.get());
        }
    }

    private ImportCommand.Outcome run(String token) {
        return ImportCommand.run(new ImportCommand.Request(project.resolve("pod-a.yaml"), project,
                project.resolve("target/netmove"), null, new ImportCommand.NetBoxPull(base, token, Duration.ofSeconds(5))));
    }

    @Test
    void the_pulled_folder_replaces_the_netbox_entry_and_is_merged_in_its_place() throws IOException {
        ImportCommand.Outcome outcome = run(TOKEN);

        assertThat(project.resolve("target/netmove/netbox/dcim/interfaces.json")).isRegularFile();
        String yaml = Files.readString(outcome.written());
        assertThat(yaml).contains("# source target/netmove/netbox/dcim/devices.json sha256:")
                .doesNotContain("sources/netbox")
                .contains("  - name: acc1:Ethernet1/1--esx-a1:vmnic0\n")
                .contains("  - name: acc1:Eth1/5--esx-a3:vmnic1\n");
        assertThat(Files.readString(outcome.report())).contains("target/netmove/netbox");
    }

    @Test
    void a_second_pull_starts_from_an_empty_folder() throws IOException {
        // an endpoint an earlier NetBox had and this one lacks must not be read from the earlier pull
        Path stale = project.resolve("target/netmove/netbox/ipam/l2vpns.json");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "{\"count\": 0, \"next\": null, \"results\": []}");
        run(TOKEN);
        assertThat(stale).doesNotExist();
        assertThat(project.resolve("target/netmove/netbox/vpn/l2vpns.json")).isRegularFile();
    }

    @Test
    void a_refused_token_fails_the_pull_naming_the_url() {
        assertThatThrownBy(() -> run("wrong"))
                .isInstanceOf(ImportCommand.PullFailedException.class)
                .hasMessageStartingWith("the NetBox pull from " + base + " failed: " + base + "/api/dcim/devices/?limit=1000:"
                        + " NetBox refused the token (HTTP 403: Invalid token)");
    }

    @Test
    void a_topology_without_a_netbox_entry_is_refused_naming_the_pull() throws IOException {
        Files.writeString(project.resolve("pod-a.yaml"), TOPOLOGY.replace("  - netbox: sources/netbox/      # not in the"
                + " project: the live pull replaces it\n", ""));
        assertThatThrownBy(() -> run(TOKEN))
                .isInstanceOf(TopologyLoadException.class)
                .hasMessageContaining("pod-a.yaml:3:3: import: found no netbox: entry for the pull from " + base
                        + "; expected one in import:, such as - netbox: sources/netbox/");
    }
}
