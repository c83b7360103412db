package dev.netmove.engine.config;

import java.util.List;

/** Names written as a phrase for messages: {@code a}, {@code a and b}, {@code a, b and c}, {@code a, b, c, d, e and 3 more}. */
final class PlainList {

    /** The most names written out before "and N more". */
    static final int WRITTEN = 5;

    private PlainList() {
    }

    static String of(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() > WRITTEN + 1) {
            return String.join(", ", names.subList(0, WRITTEN)) + " and " + (names.size() - WRITTEN) + " more";
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** {@code in VLAN 110}, or {@code untagged} for VLAN 0 (an untagged port group). */
    static String inVlan(int vlan) {
        return vlan == 0 ? "untagged" : "in VLAN " + vlan;
    }
}
