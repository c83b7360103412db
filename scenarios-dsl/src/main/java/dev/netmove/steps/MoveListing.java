package dev.netmove.steps;

import dev.netmove.engine.mobility.MoveCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A listing of VM/host pairs as STEPS.md "Meaning of the words" writes it: the total first, then the pairs
 * grouped by cause (the same kind of reason at the same place: the link or port that drops the VLAN, the host
 * that lacks the port group, the missing vMotion path), each cause once, at most {@value #PER_CAUSE} pairs
 * {@code VM > host} under it, then "and K more".
 */
final class MoveListing {

    static final int PER_CAUSE = 10;

    private static final Pattern NO_PATH = Pattern.compile("(.*?)no physical path between \\S+ and \\S+");

    private MoveListing() {
    }

    /** The failure message: {@code headline}, then the pairs of {@code failed} by cause. */
    static AssertionError failure(String headline, String expected, List<MoveCheck> failed) {
        return failure(headline, expected, null, failed);
    }

    /** As {@link #failure(String, String, List)}, with a {@code change:} line after the expectation (what the change removed), when not null. */
    static AssertionError failure(String headline, String expected, String change, List<MoveCheck> failed) {
        FailureMessage message = FailureMessage.headline(headline).expected(expected);
        if (change != null) {
            message.line("change:", change);
        }
        for (Map.Entry<String, List<MoveCheck>> group : byCause(failed).entrySet()) {
            List<MoveCheck> pairs = group.getValue();
            message.line("why:", group.getKey() + " (" + pairs.size() + (pairs.size() == 1 ? " move)" : " moves)"));
            List<String> items = new ArrayList<>();
            for (MoveCheck pair : pairs.subList(0, Math.min(PER_CAUSE, pairs.size()))) {
                items.add(pair.vm() + " > " + pair.host());
            }
            if (pairs.size() > PER_CAUSE) {
                items.add("and " + (pairs.size() - PER_CAUSE) + " more");
            }
            message.items(items);
        }
        return message.error();
    }

    /** The pairs by cause, causes in the order of their first pair. */
    static Map<String, List<MoveCheck>> byCause(List<MoveCheck> failed) {
        Map<String, List<MoveCheck>> groups = new LinkedHashMap<>();
        for (MoveCheck pair : failed) {
            String reason = pair.reasons().isEmpty() ? "no reason given" : pair.reasons().get(0);
            groups.computeIfAbsent(cause(reason), c -> new ArrayList<>()).add(pair);
        }
        return groups;
    }

    /**
     * The place a reason names: for a VLAN that does not reach the destination, the drop (the link or port,
     * the same for every VM and host behind it); for any other reason, the reason itself.
     */
    static String cause(String reason) {
        Matcher noPath = NO_PATH.matcher(reason);
        if (noPath.matches()) {
            // one missing path, whichever two hosts it separates: the hosts are the pairs listed under it
            return noPath.group(1) + "no physical path between the source and the destination host";
        }
        int colon = reason.indexOf(": ");
        if ((reason.startsWith("VLAN ") || reason.startsWith("vMotion VLAN ")) && colon > 0) {
            String prefix = reason.startsWith("vMotion") ? "vMotion VLAN: " : "VM VLAN: ";
            return prefix + reason.substring(colon + 2);
        }
        return reason;
    }
}
