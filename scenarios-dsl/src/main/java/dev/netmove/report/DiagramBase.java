package dev.netmove.report;

import java.util.Objects;

/**
 * The part of a topology picture that no scenario changes, for one network state and one layout: drawn once
 * per run and, in netmove's report, once per page (as SVG symbols that each scenario's picture uses). Three
 * layers, because a scenario's own marks go between them: the paths and utilization colours above the plain
 * links and below the device boxes, the highlighted boxes and gateway tags above the boxes.
 *
 * @param frame the white ground, the rows' bands and names, and the heading
 * @param links the dashed lines to folded devices, then every link between drawn devices, plain
 * @param boxes every drawn device's box, plain, the boxes of folded devices and the legend
 */
public record DiagramBase(String frame, String links, String boxes) {
    public DiagramBase {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(boxes, "boxes");
    }

    /** The three layers as SVG symbols named {@code id}, {@code id-links} and {@code id-boxes}, one a line. */
    public String symbols(String id) {
        return "<symbol id=\"" + id + "\" overflow=\"visible\">\n" + frame + "</symbol>\n"
                + "<symbol id=\"" + id + "-links\" overflow=\"visible\">\n" + links + "</symbol>\n"
                + "<symbol id=\"" + id + "-boxes\" overflow=\"visible\">\n" + boxes + "</symbol>\n";
    }
}
