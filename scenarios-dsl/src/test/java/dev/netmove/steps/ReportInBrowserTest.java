package dev.netmove.steps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opens netmove's report in a real browser (headless Chromium, Debian's {@code chromium} package, which
 * {@code .ci/run} installs): the page must draw something and log no console error. Skipped where Chromium
 * is not installed.
 */
class ReportInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path project;

    @TempDir
    Path browserProfile;

    @Test
    void the_report_draws_a_picture_and_logs_no_console_error() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        new FeatureProject(project).runWithTwoPods(ReportHooksTest.SCENARIOS);
        Path index = project.resolve("target/netmove/index.html");
        Path screenshot = project.resolve("target/report.png");
        Path log = project.resolve("target/chromium.log");

        Process chromium = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + browserProfile, "--enable-logging=stderr", "--v=0",
                "--screenshot=" + screenshot, "--window-size=1400,1000", index.toUri().toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        // a guard against a browser that hangs, not a measure of speed
        if (!chromium.waitFor(3, TimeUnit.MINUTES)) {
            chromium.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 3 minutes; its log:\n" + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(screenshot).as("Chromium's log:\n" + output).exists();
        assertThat(output.lines().filter(line -> line.contains("Uncaught") || line.contains(":CONSOLE")))
                .as("console messages of the report").isEmpty();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        long drawn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    drawn++;
                }
            }
        }
        // text, table borders and the badges of two scenarios cover well over 1% of the window
        assertThat(drawn).as("pixels that are not white").isGreaterThan((long) image.getWidth() * image.getHeight() / 100);
    }
}
