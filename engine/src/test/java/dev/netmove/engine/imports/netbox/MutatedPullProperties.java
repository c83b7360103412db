package dev.netmove.engine.imports.netbox;

import static dev.netmove.engine.PropertySeeds.SEED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.netmove.engine.TextMutation;
import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.SourceException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The live pull from a real local HTTP server whose answers are the pod's recorded pages, one endpoint's page
 * changed at random (cut, a piece inserted, a JSON value swapped: `next`, `count` and `results` included). Whatever
 * NetBox answers, the pull ends within seconds with the pages, which the reader then reads or refuses, or with
 * the pull's own error naming the URL; never another exception, never a loop.
 */
class MutatedPullProperties {

    private static final String TOKEN = "0123456789abcdef0123456789abcdef01234567";

    private static HttpServer server;
    private static String base;
    private static Path folder;
    private static volatile TextMutation mutation;

    @BeforeContainer
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/", MutatedPullProperties::serve);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        folder = Files.createTempDirectory("netmove-mutated-pull");
    }

    @AfterContainer
    static void stop() throws IOException {
        server.stop(0);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }

    /** The recorded page of the endpoint at the asked offset, as NetBox would answer it, the mutated endpoint changed. */
    private static void serve(HttpExchange exchange) throws IOException {
        String endpoint = RecordedNetBox.endpoint(exchange.getRequestURI());
        Optional<String> page = RecordedNetBox.page(exchange.getRequestURI(), base);
        if (page.isEmpty()) {
            RecordedNetBox.send(exchange, 404, "application/json", "4.1", "{\"detail\": \"Not found.\"}");
            return;
        }
        String body = page.get();
        TextMutation m = mutation;
        if (m != null && NetBoxReader.ENDPOINTS.indexOf(endpoint) == m.target() % NetBoxReader.ENDPOINTS.size()) {
            body = m.apply(body);
        }
        RecordedNetBox.send(exchange, 200, "application/json", "4.1", body);
    }

    @Provide
    Arbitrary<TextMutation> mutations() {
        return TextMutation.arbitrary();
    }

    @Property(tries = 40, edgeCases = EdgeCasesMode.MIXIN, seed = SEED)
    void a_mutated_answer_is_pulled_and_read_or_refused_naming_its_url(@ForAll("mutations") TextMutation changed) {
        mutation = changed;
        Path pulled = folder.resolve("netbox-" + System.nanoTime());
        String outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try {
                new NetBoxClient(base, TOKEN, Duration.ofSeconds(5)).pullTo(pulled);
            } catch (SourceException e) {
                assertThat(e.getMessage()).as(changed.toString()).startsWith(base).doesNotContain("Exception");
                return "pull refused";
            }
            try {
                new NetBoxReader().read(pulled, "target/netmove/netbox", ImportRules.defaults());
                return "pulled and read";
            } catch (SourceException e) {
                assertThat(e.getMessage()).as(changed.toString()).startsWith("target/netmove/netbox/")
                        .doesNotContain("Exception");
                return "pulled, refused by the reader";
            }
        }, () -> "the pull after " + changed + " did not end");
        Statistics.collect(outcome);
    }
}
