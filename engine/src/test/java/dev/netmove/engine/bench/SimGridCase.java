package dev.netmove.engine.bench;

import dev.netmove.engine.l2.Walk;
import dev.netmove.engine.migration.MigrationResult;
import dev.netmove.engine.migration.MigrationVerdict;
import dev.netmove.engine.migration.SimulationResult;
import dev.netmove.engine.topology.Link;
import dev.netmove.engine.topology.MigrationSettings;
import dev.netmove.engine.topology.Topology;
import dev.netmove.engine.topology.Vm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a migration case as plain text for the SimGrid driver ({@code engine/src/bench/simgrid/}): the model's
 * settings, every link direction a migration stream crosses (and its reverse, for the driver's acknowledgements)
 * with what it leaves free, and each migration in the order asked, with the VM's first round, dirty rate and
 * working set and the link directions of its stream, taken from our own run so that both sides route alike.
 * All sizes in bytes, rates in bytes per second, times in seconds; what the driver does with them is in its README.
 */
final class SimGridCase {

    private SimGridCase() {
    }

    /** The case of {@code verdicts} on {@code topology}, with the streams' paths of {@code ours}. */
    static String of(String name, Topology topology, List<MigrationVerdict> verdicts, SimulationResult ours) {
        MigrationSettings settings = topology.migration();
        StringBuilder text = new StringBuilder(128 * verdicts.size());
        text.append("# netmove case ").append(name).append(": ").append(verdicts.size()).append(" migrations\n");
        setting(text, "efficiency", settings.streamEfficiency().ppm() / 1e6);
        setting(text, "setup", settings.setupTime().toSecondsDouble());
        setting(text, "resume", settings.resumeTime().toSecondsDouble());
        setting(text, "device", settings.deviceState().bytes());
        setting(text, "maxdowntime", settings.maxDowntime().orElseThrow().toSecondsDouble());
        setting(text, "streamcap", settings.streamCap().map(c -> c.bytesPerSecond()).orElse(0.0));
        Map<String, Double> links = new LinkedHashMap<>();
        Map<String, Integer> slots = new LinkedHashMap<>();
        StringBuilder vms = new StringBuilder(128 * verdicts.size());
        for (MigrationResult run : ours.migrations()) {
            if (run.streams().size() != 1) {
                throw new IllegalStateException(run.vm() + " has " + run.streams().size() + " streams; the driver runs one");
            }
            Walk walk = run.streams().get(0).path().walk();
            List<String> forward = directions(walk, links, false);
            directions(walk, links, true);
            for (String host : List.of(run.sourceHost(), run.destinationHost())) {
                slots.computeIfAbsent(host, h -> settings.concurrentPerHost(topology.linksOf(h).get(0).speed()));
            }
            Vm vm = topology.requireVm(run.vm());
            vms.append("vm ").append(vm.name()).append(' ').append(run.sourceHost()).append(' ')
                    .append(run.destinationHost()).append(' ').append(vm.memory().times(vm.inUse()).bytes()).append(' ')
                    .append(number(vm.dirtyRate().bytesPerSecond())).append(' ').append(vm.workingSet().bytes())
                    .append(' ').append(String.join(",", forward)).append('\n');
        }
        slots.forEach((host, count) -> text.append("host ").append(host).append(' ').append(count).append('\n'));
        links.forEach((link, free) -> text.append("link ").append(link).append(' ').append(number(free)).append('\n'));
        return text.append(vms).toString();
    }

    /** Writes {@code text} to {@code file}, making its folder. */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the walk's link directions ({@code link>device} = towards device), noting each with its free rate. */
    private static List<String> directions(Walk walk, Map<String, Double> links, boolean reversed) {
        Walk along = reversed ? walk.reversed() : walk;
        List<String> names = new java.util.ArrayList<>(along.links().size());
        for (int i = 0; i < along.links().size(); i++) {
            Link link = along.links().get(i);
            String from = along.devices().get(i);
            String to = along.devices().get(i + 1);
            if (link.vmotionShare().isPresent()) {
                throw new IllegalStateException("link " + link.name() + " has a vMotion share; the driver has none");
            }
            String name = (link.name() + ">" + to).replace(' ', '_');
            links.putIfAbsent(name, link.speed().bytesPerSecond() - link.loadFrom(from).bytesPerSecond());
            names.add(name);
        }
        return names;
    }

    private static void setting(StringBuilder text, String key, double value) {
        text.append("setting ").append(key).append(' ').append(number(value)).append('\n');
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(Locale.ROOT, "%.9g", value);
    }
}
