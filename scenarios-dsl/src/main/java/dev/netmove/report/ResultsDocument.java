package dev.netmove.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.netmove.engine.json.JsonMappers;
import dev.netmove.engine.migration.Bottleneck;
import dev.netmove.engine.quantity.Rounded;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@value #FILE_NAME}: a run's results for machines (CI dashboards, change-management tools), written from the
 * same values as the HTML report. Per scenario its place, status and message, every migration (what bound
 * it included), every link direction's peak and each moved VM's path to its gateway before and after.
 * Deterministic: keys sorted, scenarios in the report's order, no timestamps; the same run gives the same bytes.
 * Its JSON Schema is {@value #SCHEMA_FILE_NAME}, in this package.
 */
public final class ResultsDocument {

    /** The file's name in the reports folder. */
    public static final String FILE_NAME = "results.json";
    /** The schema's name, beside this class in the jar. */
    public static final String SCHEMA_FILE_NAME = "results-v1.schema.json";
    /** The value of the document's {@code format} key. */
    public static final String FORMAT = "netmove-results 1";

    private ResultsDocument() {
    }

    /** The document of {@code scenarios} (sorted by {@link ScenarioReport#ORDER}), as JSON text ending in a line feed. */
    public static String render(List<ScenarioReport> scenarios) {
        List<ScenarioReport> sorted = scenarios.stream().sorted(ScenarioReport.ORDER).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("format", FORMAT);
        RunSummary summary = RunSummary.of(sorted);
        document.put("summary", summary(sorted));
        List<Object> list = new ArrayList<>();
        for (ScenarioReport scenario : sorted) {
            list.add(scenario(scenario));
        }
        document.put("scenarios", list);
        document.put("headline", summary.lines());
        try {
            return JsonMappers.prettyWriter().writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + FILE_NAME, e);
        }
    }

    /** The JSON Schema of the document. */
    public static String schema() {
        try (InputStream in = ResultsDocument.class.getResourceAsStream(SCHEMA_FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_FILE_NAME + " is missing from netmove's jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCHEMA_FILE_NAME, e);
        }
    }

    private static Map<String, Object> summary(List<ScenarioReport> scenarios) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("scenarios", scenarios.size());
        counts.put("passed", scenarios.stream().filter(ScenarioReport::passed).count());
        counts.put("failed", scenarios.stream().filter(s -> !s.passed() && !"SKIPPED".equals(s.status())).count());
        counts.put("skipped", scenarios.stream().filter(s -> "SKIPPED".equals(s.status())).count());
        return counts;
    }

    private static Map<String, Object> scenario(ScenarioReport scenario) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", scenario.name());
        out.put("feature", scenario.file());
        out.put("line", scenario.line());
        out.put("location", scenario.location());
        out.put("status", scenario.status());
        out.put("message", scenario.message());
        ScenarioFigures figures = scenario.figures();
        out.put("migrations", figures.migrations().stream().map(ResultsDocument::migration).toList());
        out.put("links", figures.links().stream().map(ResultsDocument::link).toList());
        out.put("gateways", figures.gatewayMoves().stream().map(ResultsDocument::gateway).toList());
        out.put("vlanDrops", figures.vlanDrops());
        figures.change().ifPresent(change -> {
            Map<String, Object> ran = new LinkedHashMap<>();
            ran.put("title", change.title());
            ran.put("file", change.file());
            out.put("change", ran);
        });
        out.put("thresholds", figures.thresholds().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("link", t.link().orElse(null));
            m.put("percent", t.limit().ppm() / 10_000.0);
            return m;
        }).toList());
        return out;
    }

    private static Map<String, Object> migration(MigrationFigures m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("vm", m.vm());
        out.put("from", m.source());
        out.put("to", m.destination());
        out.put("completes", m.completes());
        out.put("rounds", m.rounds());
        out.put("bytes", m.sent().bytes());
        out.put("sent", Rounded.size(m.sent()));
        out.put("totalTimeNanos", m.totalTime().nanos());
        out.put("totalTime", Rounded.time(m.totalTime()));
        out.put("downtimeNanos", m.downtime().map(d -> d.nanos()).orElse(null));
        out.put("downtime", m.downtime().map(Rounded::time).orElse(null));
        out.put("path", m.path());
        out.put("boundBy", m.limitedBy().map(b -> bound(b, m.limitedBySentence())).orElse(null));
        return out;
    }

    private static Map<String, Object> bound(Bottleneck bottleneck, String sentence) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (bottleneck instanceof Bottleneck.OnLink link) {
            out.put("kind", "link");
            out.put("link", link.direction().linkName());
            out.put("from", link.direction().from());
            out.put("to", link.direction().to());
            out.put("sharers", link.sharers());
        } else if (bottleneck instanceof Bottleneck.StreamCap cap) {
            out.put("kind", "streamCap");
            out.put("perStreamBps", cap.perStream().bitsPerSecond());
        } else if (bottleneck instanceof Bottleneck.HostCeiling host) {
            out.put("kind", "hostCeiling");
            out.put("host", host.host());
            out.put("ceilingBps", host.ceiling().bitsPerSecond());
            out.put("sharers", host.sharers());
        } else if (bottleneck instanceof Bottleneck.Window window) {
            out.put("kind", "window");
            out.put("windowBytes", window.window().bytes());
            out.put("roundTripNanos", window.roundTrip().nanos());
            out.put("perStreamBps", window.perStream().bitsPerSecond());
        } else if (bottleneck instanceof Bottleneck.DirtyRate dirty) {
            out.put("kind", "dirtyRate");
            out.put("dirtyRateBps", dirty.dirtyRate().bitsPerSecond());
        } else if (bottleneck instanceof Bottleneck.MemoryScan scan) {
            out.put("kind", "memoryScan");
            out.put("untouchedBytes", scan.untouched().bytes());
            out.put("scanRateBps", scan.scanRate().bitsPerSecond());
        }
        out.put("sentence", sentence);
        return out;
    }

    private static Map<String, Object> link(LinkTimeline link) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("link", link.link());
        out.put("from", link.from());
        out.put("to", link.to());
        out.put("speedBps", link.speed().bitsPerSecond());
        out.put("backgroundBps", link.background().bitsPerSecond());
        out.put("peakPercent", link.peak().ppm() / 10_000.0);
        return out;
    }

    private static Map<String, Object> gateway(GatewayMove move) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("vm", move.vm());
        out.put("before", path(move.before(), move.gatewayBefore(), move.coreCrossingsBefore()));
        out.put("after", path(move.after(), move.gatewayAfter(), move.coreCrossingsAfter()));
        out.put("trombone", move.trombone());
        return out;
    }

    private static Map<String, Object> path(List<String> devices, String gateway, int coreCrossings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", devices);
        out.put("gateway", gateway);
        out.put("coreCrossings", coreCrossings);
        return out;
    }
}
