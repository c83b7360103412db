package dev.netmove.engine.imports.govc;

import dev.netmove.engine.imports.ImportRules;
import dev.netmove.engine.imports.Origin;
import dev.netmove.engine.imports.SourceException;
import dev.netmove.engine.imports.SourceReader;
import dev.netmove.engine.imports.SourceResult;
import dev.netmove.engine.imports.vcenter.VcenterDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code govc:} source: a folder with {@code vms.json} and {@code hosts/<host>/} holding
 * {@code info.json}, {@code portgroup.json}, {@code vnic.json} and {@code hint.json}, as hosts
 * (memory, cluster, port groups, vMotion vmk, uplinks), links from vmnics to the switch ports their
 * CDP/LLDP hints name, and VMs (host, port group, IP, memory, memory in use).
 */
public final class GovcReader implements SourceReader {

    private static final String EXPECTED = "a folder with vms.json (govc vm.info -json -r, or govc object.collect -json"
            + " -type m) and hosts/<host>/ with info.json, portgroup.json, vnic.json and hint.json";

    @Override
    public String kind() {
        return "govc";
    }

    @Override
    public SourceResult read(Path source, String shown, ImportRules rules) {
        if (!Files.isDirectory(source)) {
            throw new SourceException(shown, (Files.exists(source) ? "is a file" : "does not exist") + "; expected "
                    + EXPECTED);
        }
        Path vmsFile = source.resolve("vms.json");
        Path hostsDir = source.resolve("hosts");
        if (!Files.isRegularFile(vmsFile) && !Files.isDirectory(hostsDir)) {
            throw new SourceException(shown, "has neither vms.json nor hosts/; expected " + EXPECTED);
        }
        GovcImport in = new GovcImport(rules);
        String base = shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
        if (Files.isDirectory(hostsDir)) {
            GovcHosts hosts = new GovcHosts(in);
            for (Path dir : hostDirs(hostsDir, base)) {
                hosts.read(dir, base + "/hosts/" + dir.getFileName());
            }
        }
        if (Files.isRegularFile(vmsFile)) {
            String file = base + "/vms.json";
            String what = "the output of govc vm.info -json -r or govc object.collect -json -type m";
            List<MoView> vms = GovcVms.objects(GovcImport.readJson(vmsFile, file, what));
            if (vms.isEmpty()) {
                throw new SourceException(file, "holds no virtual machine (no virtualMachines list, no object with a"
                        + " name or changeSet); expected " + what);
            }
            new GovcVms(in).read(vms, file);
        }
        return new SourceResult(VcenterDocument.write(new Origin(shown, 0, ""), in.hosts.values(), in.links,
                in.vms.values()), in.counts, in.notes, in.problems);
    }

    private static List<Path> hostDirs(Path hostsDir, String shown) {
        try (Stream<Path> list = Files.list(hostsDir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new SourceException(shown + "/hosts", "cannot be listed (" + e.getMessage() + ")");
        }
    }
}
