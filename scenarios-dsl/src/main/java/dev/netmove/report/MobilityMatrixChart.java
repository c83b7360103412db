package dev.netmove.report;

/**
 * Draws a {@link MobilityFigure} as SVG: a row per group of VMs (VLAN, host, port group), a column per host,
 * each cell coloured by verdict; with a change, each cell is split: the left half before it, the right half after.
 */
public final class MobilityMatrixChart {

    private static final int CELL = 14;
    private static final int LABEL = 260;
    private static final int HEADER = 110;
    private static final String CAN = "#2e7d32";
    private static final String CANNOT = "#c62828";
    private static final String OWN = "#bdbdbd";

    private MobilityMatrixChart() {
    }

    public static String render(MobilityFigure figure) {
        int width = LABEL + figure.hosts().size() * CELL + 20;
        int height = HEADER + figure.rows().size() * CELL + 40;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
        String title = "Mobility of cluster " + figure.cluster() + (figure.change().isEmpty() ? ""
                : " before (left half) and after (right half) " + String.join(", then ", figure.change()));
        svg.append("<title>").append(Markup.escape(title)).append("</title>\n");
        svg.append("<text x=\"4\" y=\"14\" font-weight=\"bold\">").append(Markup.escape(title)).append("</text>\n");
        for (int c = 0; c < figure.hosts().size(); c++) {
            int x = LABEL + c * CELL + CELL / 2;
            svg.append("<text transform=\"translate(").append(x).append(',').append(HEADER - 4)
                    .append(") rotate(-60)\">").append(Markup.escape(Markup.shorten(figure.hosts().get(c), 16)))
                    .append("</text>\n");
        }
        for (int r = 0; r < figure.rows().size(); r++) {
            MobilityFigure.Row row = figure.rows().get(r);
            int y = HEADER + r * CELL;
            String label = "VLAN " + row.vlan() + " " + row.portGroup() + " on " + row.host() + " ("
                    + row.vms().size() + (row.vms().size() == 1 ? " VM)" : " VMs)");
            svg.append("<text x=\"4\" y=\"").append(y + CELL - 3).append("\">")
                    .append(Markup.escape(Markup.shorten(label, 44))).append("</text>\n");
            for (int c = 0; c < figure.hosts().size(); c++) {
                int x = LABEL + c * CELL;
                String tip = String.join(", ", row.vms().subList(0, Math.min(5, row.vms().size())))
                        + (row.vms().size() > 5 ? " and " + (row.vms().size() - 5) + " more" : "") + " > "
                        + figure.hosts().get(c) + ": " + word(row.after().get(c));
                if (row.before().isPresent()) {
                    cell(svg, x, y, CELL / 2, row.before().get().get(c), tip + " (before: "
                            + word(row.before().get().get(c)) + ")");
                    cell(svg, x + CELL / 2, y, CELL / 2, row.after().get(c), tip);
                } else {
                    cell(svg, x, y, CELL, row.after().get(c), tip);
                }
            }
        }
        int legend = HEADER + figure.rows().size() * CELL + 24;
        svg.append("<text x=\"4\" y=\"").append(legend).append("\"><tspan fill=\"").append(CAN)
                .append("\">&#9632; can migrate</tspan>  <tspan fill=\"").append(CANNOT)
                .append("\">&#9632; cannot</tspan>  <tspan fill=\"").append(OWN).append("\">&#9632; own host</tspan></text>\n");
        return svg.append("</svg>\n").toString();
    }

    private static void cell(StringBuilder svg, int x, int y, int w, MobilityFigure.Verdict verdict, String tip) {
        String fill = switch (verdict) {
            case CAN_MIGRATE -> CAN;
            case CANNOT -> CANNOT;
            case OWN_HOST -> OWN;
        };
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w)
                .append("\" height=\"").append(CELL - 1).append("\" fill=\"").append(fill).append("\"><title>")
                .append(Markup.escape(tip)).append("</title></rect>\n");
    }

    private static String word(MobilityFigure.Verdict verdict) {
        return switch (verdict) {
            case CAN_MIGRATE -> "can migrate";
            case CANNOT -> "cannot migrate";
            case OWN_HOST -> "its own host";
        };
    }

    /** For tests: the number of cells drawn. */
    static int cells(String svg) {
        return svg.split("<rect ", -1).length - 1;
    }
}
