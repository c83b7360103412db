package dev.netmove.engine.imports;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.TimeSpan;
import dev.netmove.engine.quantity.VlanSet;
import java.util.List;
import java.util.function.Function;

/**
 * Whether two sources that spell a fact differently mean the same: {@code 16384MiB} and {@code 16GiB},
 * {@code 10000Mbps} and {@code 10Gbps}, {@code 110-112} and {@code 110,111,112} are one value, so the
 * merge keeps the later spelling without calling it a disagreement. {@code 16384MB} and {@code 16GiB} are
 * not (decimal megabytes against binary gibibytes), nor are texts that are no quantity of one kind.
 */
final class SameValue {

    private static final List<Function<String, Object>> KINDS = List.of(DataSize::parse, Bandwidth::parse,
            TimeSpan::parse, VlanSet::parse);

    private SameValue() {
    }

    static boolean same(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        for (Function<String, Object> kind : KINDS) {
            try {
                if (kind.apply(a).equals(kind.apply(b))) {
                    return true;
                }
            } catch (RuntimeException notThisKind) {
                // the next kind
            }
        }
        return false;
    }
}
