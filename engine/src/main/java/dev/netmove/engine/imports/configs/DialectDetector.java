package dev.netmove.engine.imports.configs;

import java.util.regex.Pattern;

/**
 * Tells the dialect of a running-config from its own marks: NX-OS {@code feature} lines, its
 * {@code version 9.3(8)} and {@code vrf context}; EOS's {@code ! device: ... (vEOS...)} comment,
 * {@code management api}, {@code interface Vxlan1} and {@code Management1}; IOS's
 * {@code Building configuration}, {@code Current configuration} and {@code version 15.2}. The dialect
 * with the most marks wins; without any, the indent of a block decides (two spaces NX-OS, three EOS, one IOS),
 * and IOS when that says nothing either (its {@code !}-and-{@code end} layout is the plainest).
 */
final class DialectDetector {

    private static final Pattern NXOS_VERSION = Pattern.compile("version \\d+\\.\\d+\\(\\d+\\).*");
    private static final Pattern IOS_VERSION = Pattern.compile("version \\d+\\.\\d+");

    private DialectDetector() {
    }

    static Dialect detect(BlockParser.Parsed parsed) {
        int nxos = 0;
        int ios = 0;
        int eos = 0;
        for (String comment : parsed.comments()) {
            if (comment.startsWith("! device:") && comment.contains("EOS")) {
                eos += 10;
            } else if (comment.startsWith("!Command:") || comment.startsWith("!Time:")
                    || comment.startsWith("!Running configuration")) {
                nxos += 3;
            }
        }
        for (ConfigLine line : parsed.top()) {
            String t = line.text;
            if (t.startsWith("feature ") || t.startsWith("vrf context ") || t.startsWith("switchname ")
                    || t.startsWith("interface nve") || t.startsWith("vpc domain")
                    || t.startsWith("version ") && NXOS_VERSION.matcher(t).matches()) {
                nxos += 3;
            } else if (t.startsWith("management api") || t.startsWith("interface Vxlan") || t.startsWith("interface Management")
                    || t.startsWith("mlag configuration") || t.startsWith("service routing protocols model")
                    || t.startsWith("interface Port-Channel") || t.startsWith("transceiver qsfp")
                    || t.startsWith("ip virtual-router mac-address")) {
                eos += 3;
            } else if (t.startsWith("Building configuration") || t.startsWith("Current configuration")
                    || t.startsWith("version ") && IOS_VERSION.matcher(t).matches() || t.startsWith("service timestamps")
                    || t.startsWith("interface GigabitEthernet") || t.startsWith("interface TenGigabitEthernet")
                    || t.startsWith("interface Port-channel") || t.startsWith("boot-start-marker")) {
                ios += 3;
            }
        }
        // the layout of show running-config, for a config that carries none of the marks above: NX-OS indents
        // a block by two spaces, EOS by three, IOS by one; one vote, outweighed by any mark
        switch (blockIndent(parsed)) {
            case 1 -> ios += 1;
            case 2 -> nxos += 1;
            case 3 -> eos += 1;
            default -> { }
        }
        if (nxos > ios && nxos >= eos) {
            return Dialect.NXOS;
        }
        if (eos > ios && eos > nxos) {
            return Dialect.EOS;
        }
        return Dialect.IOS;
    }

    /** The indent of the first command inside an {@code interface} block (tabs count as one); 0 when there is none. */
    private static int blockIndent(BlockParser.Parsed parsed) {
        for (ConfigLine line : parsed.top()) {
            if (line.text.startsWith("interface ") && !line.children.isEmpty()) {
                return line.children.get(0).indent - line.indent;
            }
        }
        return 0;
    }
}
