package dev.netmove.engine.topology.load;

import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.LinkEnd;
import dev.netmove.engine.topology.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The saved exports under {@code src/test/resources/imports}, copied into a test's own project folder. */
final class ImportFixtures {

    private ImportFixtures() {
    }

    /**
     * Pod A of dc1 as its tools export it, under {@code project/sources/}: NetBox's saved pages ({@code netbox/}),
     * an RVTools CSV export ({@code rvtools/}), govc JSON ({@code govc/}) and the access switches' LLDP table
     * ({@code lldp.csv}).
     */
    static void podA(Path project) throws IOException {
        copy("/imports/netbox/pod", project.resolve("sources/netbox"));
        copy("/imports/rvtools/csv", project.resolve("sources/rvtools"));
        copy("/imports/govc", project.resolve("sources/govc"));
        copy("/imports/lldp/pod.csv", project.resolve("sources/lldp.csv"));
    }

    /** The model's links as netmove computes with them: where a fact was read is not part of the network. */
    static List<Link> withoutSources(Topology t) {
        return t.links().stream().map(l -> new Link(l.name(), bare(l.a()), bare(l.b()), l.speed(), l.latency(), l.lag(),
                l.load(), l.vmotionShare(), l.fhrpFilter(), l.cost())).toList();
    }

    private static LinkEnd bare(LinkEnd e) {
        return new LinkEnd(e.device(), e.port(), e.mode(), e.vlans(), e.nativeVlan(), e.ip());
    }

    /** The test resource {@code name} ({@code /imports/lldp/pod.csv}) as a path. */
    static Path resource(String name) {
        try {
            return Path.of(ImportFixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the resource folder {@code resource} (or file) to {@code to}, every file under it. */
    static void copy(String resource, Path to) throws IOException {
        Path from = resource(resource);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
