package dev.netmove.report;

import dev.netmove.engine.l2.LinkDown;
import dev.netmove.engine.l2.TwoPods;
import dev.netmove.engine.topology.Topology;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A picture drawn on a shared base, as {@code index.html} writes it (the base's symbols in a hidden SVG, the
 * picture's uses and marks), looks in headless Chromium like the same picture drawn whole. Skipped where
 * Chromium is not installed (as {@code ReportInBrowserTest}).
 */
class SharedPictureInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String PAGE = "<!DOCTYPE html><html><head><style>body{margin:0}svg{display:block}"
            + "svg.bases{position:absolute;width:0;height:0;overflow:hidden}</style></head><body>";

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"move", "near", "drop"})
    void a_picture_on_the_shared_base_looks_like_the_one_drawn_whole(String kind) throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        Topology pods = TwoPods.load();
        DiagramHighlights highlights = switch (kind) {
            case "move" -> LayeredPictureTest.MOVE;
            // a path inside pod A: the other links and devices plain, from the base
            case "near" -> DiagramHighlights.NONE.withPath(List.of("esx-a1", "acc-a1", "agg1"),
                    List.of("esx-a1--acc-a1", "acc-a1--agg1"));
            default -> DiagramHighlights.NONE.withPath(List.of("esx-a1", "acc-a1", "agg1"), List.of())
                    .withDrop(new LinkDown(pods.requireLink("agg1--core1")));
        };
        TopologyPicture picture = LayeredPicture.draw(pods, highlights);
        Path whole = folder.resolve("whole.html");
        Path shared = folder.resolve("shared.html");
        Files.writeString(whole, PAGE + LayeredDiagram.render(pods, highlights) + "</body></html>");
        Files.writeString(shared, PAGE + "<svg class=\"bases\" xmlns=\"http://www.w3.org/2000/svg\"><defs>"
                + picture.base().symbols("netmove-base-1") + "</defs></svg>" + picture.using("netmove-base-1")
                + "</body></html>");
        int width = (int) Math.ceil(picture.width());
        int height = (int) Math.ceil(picture.height());

        BufferedImage expected = screenshot(whole, width, height);
        BufferedImage actual = screenshot(shared, width, height);

        long differing = 0;
        int worst = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                int most = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    most = Math.max(most, Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)));
                }
                worst = Math.max(worst, most);
                differing += most > 0 ? 1 : 0;
            }
        }
        // antialiasing where a highlighted box's border covers the plain one's, at its rounded corners
        assertThat(worst).as("the largest difference of a colour channel").isLessThanOrEqualTo(8);
        assertThat(differing).as("pixels that differ at all").isLessThan((long) width * height / 1000);
    }

    private BufferedImage screenshot(Path page, int width, int height) throws IOException, InterruptedException {
        Path png = folder.resolve(page.getFileName() + ".png");
        Path log = folder.resolve(page.getFileName() + ".log");
        Path profile = Files.createDirectories(folder.resolve("profile-" + page.getFileName()));
        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--screenshot=" + png,
                "--window-size=" + width + "," + height, page.toUri().toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // a guard against a browser that hangs, not a measure of speed
        if (!chromium.waitFor(3, TimeUnit.MINUTES)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 3 minutes; its log:\n" + Files.readString(log));
        }
        assertThat(png).as("Chromium's log:\n" + Files.readString(log)).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(width);
        return image;
    }
}
