package dev.netmove.report;

import java.util.Objects;
import java.util.Optional;

/**
 * A scenario's topology picture in two parts: the {@link DiagramBase} its network state shares with other
 * scenarios, and its own marks (migration paths, drop points, utilization colours, gateway paths and tags,
 * highlighted devices). Written either whole, as one self-contained SVG document, or as a picture that uses a
 * base drawn once elsewhere on the same page; both look the same.
 *
 * @param topology the topology's name
 * @param width    the picture's width
 * @param height   the picture's height
 * @param base     the shared part
 * @param ownLinks the plain links drawn for this picture alone instead of the base's, when a mark would let
 *                 the base's plain line show through (a dashed dropped link on no path)
 * @param below    the scenario's marks on the links: above the plain links, below the device boxes
 * @param above    the scenario's marks above the device boxes
 */
public record TopologyPicture(String topology, double width, double height, DiagramBase base,
                              Optional<String> ownLinks, String below, String above) {

    public TopologyPicture {
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(ownLinks, "ownLinks");
        Objects.requireNonNull(below, "below");
        Objects.requireNonNull(above, "above");
    }

    /** The picture as one self-contained SVG document, base included. */
    public String standalone() {
        StringBuilder svg = new StringBuilder(base.frame().length() + base.links().length() + base.boxes().length()
                + below.length() + above.length() + 512);
        LayeredDiagram.open(svg, topology, width, height);
        svg.append(base.frame()).append(ownLinks.orElse(base.links())).append(below).append(base.boxes())
                .append(above).append("</svg>\n");
        return svg.toString();
    }

    /**
     * The picture as an SVG element that uses the base's symbols drawn on the same page under {@code id}
     * ({@link DiagramBase#symbols(String)}): only the scenario's own marks are written out.
     */
    public String using(String id) {
        StringBuilder svg = new StringBuilder(below.length() + above.length() + ownLinks.map(String::length).orElse(0)
                + 512);
        LayeredDiagram.open(svg, topology, width, height);
        svg.append("<use href=\"#").append(id).append("\"/>\n");
        if (ownLinks.isPresent()) {
            svg.append(ownLinks.get());
        } else {
            svg.append("<use href=\"#").append(id).append("-links\"/>\n");
        }
        svg.append(below).append("<use href=\"#").append(id).append("-boxes\"/>\n").append(above).append("</svg>\n");
        return svg.toString();
    }
}
