package dev.netmove.engine.imports.configs;

import dev.netmove.engine.imports.ImportProblem;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.quantity.VlanSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One device's configuration as read, whatever its dialect: every fact netmove models with the line it
 * came from, and what was left unread or left out, counted. The document writer turns it into the
 * device's part of a topology document.
 */
final class DeviceConfig {

    /** A spanning-tree priority for a range of VLANs. */
    record StpPriority(VlanSet vlans, int priority, Origin origin) {
    }

    /** A static route of the data-plane VRF. */
    record RouteConfig(String prefix, String via, Origin origin) {
    }

    /** How many lines of one command were read nowhere, and the first of them. */
    static final class Tally {
        final Origin first;
        int lines;

        Tally(Origin first) {
            this.first = first;
        }
    }

    final String file;
    final Dialect dialect;
    Located<String> hostname;
    final Map<Integer, Origin> vlans = new TreeMap<>();
    final Map<Integer, Located<Integer>> vnSegments = new TreeMap<>();
    final List<StpPriority> stp = new ArrayList<>();
    final Map<String, InterfaceConfig> interfaces = new LinkedHashMap<>();
    final List<RouteConfig> routes = new ArrayList<>();
    Located<String> mlagPeerLink;
    final Map<String, Tally> unread = new TreeMap<>();
    final Map<String, Tally> leftOut = new TreeMap<>();
    final List<ImportProblem> problems = new ArrayList<>();
    int lines;

    DeviceConfig(String file, Dialect dialect) {
        this.file = file;
        this.dialect = dialect;
    }

    Origin at(ConfigLine line) {
        return Origin.command(file, line.number, line.text);
    }

    void unread(String command, ConfigLine line, int count) {
        unread.computeIfAbsent(command, k -> new Tally(at(line))).lines += count;
    }

    void leftOut(String why, ConfigLine line, int count) {
        leftOut(why, at(line), count);
    }

    void leftOut(String why, Origin where, int count) {
        leftOut.computeIfAbsent(why, k -> new Tally(where)).lines += count;
    }

    void problem(ConfigLine line, String expected) {
        problems.add(new ImportProblem(at(line), "\"" + line.text + "\"", expected));
    }
}
