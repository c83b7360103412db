package dev.netmove.steps;

import dev.netmove.engine.mobility.MobilityMatrix;
import dev.netmove.report.MobilityFigure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's values of a scenario's mobility matrices ({@link MobilityFigure}), rows by VLAN then host. */
final class MobilityFigures {

    private MobilityFigures() {
    }

    static MobilityFigure of(ScenarioState.Mobility mobility, List<String> changes) {
        MobilityMatrix after = mobility.after();
        Map<String, List<MobilityMatrix.Row>> groups = new LinkedHashMap<>();
        for (MobilityMatrix.Row row : after.rows()) {
            groups.computeIfAbsent(row.vlan() + "\u0000" + row.host() + "\u0000" + row.portGroup(),
                    k -> new ArrayList<>()).add(row);
        }
        List<MobilityFigure.Row> rows = new ArrayList<>();
        for (List<MobilityMatrix.Row> group : groups.values()) {
            MobilityMatrix.Row first = group.get(0);
            rows.add(new MobilityFigure.Row(first.vlan(), first.host(), first.portGroup(),
                    group.stream().map(MobilityMatrix.Row::vm).toList(), verdicts(after, first.vm()),
                    mobility.before().map(b -> verdicts(b, first.vm(), after.hosts()))));
        }
        rows.sort(Comparator.comparingInt(MobilityFigure.Row::vlan)
                .thenComparingInt(r -> after.hosts().indexOf(r.host())).thenComparing(MobilityFigure.Row::portGroup));
        return new MobilityFigure(after.cluster(), after.hosts(), rows, mobility.before().isPresent() ? changes
                : List.of());
    }

    private static List<MobilityFigure.Verdict> verdicts(MobilityMatrix matrix, String vm) {
        return verdicts(matrix, vm, matrix.hosts());
    }

    private static List<MobilityFigure.Verdict> verdicts(MobilityMatrix matrix, String vm, List<String> hosts) {
        List<MobilityFigure.Verdict> verdicts = new ArrayList<>();
        for (String host : hosts) {
            verdicts.add(matrix.check(vm, host).map(c -> c.canMigrate() ? MobilityFigure.Verdict.CAN_MIGRATE
                    : MobilityFigure.Verdict.CANNOT).orElse(MobilityFigure.Verdict.OWN_HOST));
        }
        return verdicts;
    }
}
