package dev.netmove.engine.imports;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Device names normalised once for every source (IMPORT.md): lower case, and the domain stripped
 * ({@code agg1.dc1.example.com} is {@code agg1}) when a device {@code agg1} exists or no other name
 * would become {@code agg1} as well. Built from every name the sources and the overlay use.
 */
public final class DeviceNames {

    private final ImportRules rules;
    private final Map<String, String> normalised = new HashMap<>();

    private DeviceNames(ImportRules rules) {
        this.rules = rules;
    }

    /** The normaliser for this set of names (device keys and link ends of every source). */
    public static DeviceNames of(Collection<String> names, ImportRules rules) {
        DeviceNames result = new DeviceNames(rules);
        Set<String> cased = new HashSet<>();
        for (String name : names) {
            cased.add(result.cased(name));
        }
        Map<String, Set<String>> byShort = new HashMap<>();
        for (String name : cased) {
            byShort.computeIfAbsent(shortName(name), k -> new HashSet<>()).add(name);
        }
        for (String name : names) {
            String c = result.cased(name);
            String s = shortName(c);
            boolean strip = rules.stripDomain() && !s.equals(c) && (cased.contains(s) || byShort.get(s).size() == 1);
            result.normalised.put(name, strip ? s : c);
        }
        return result;
    }

    /** The normalised name; a name not seen when this was built is only lower-cased (and stripped). */
    public String of(String name) {
        String known = normalised.get(name);
        if (known != null) {
            return known;
        }
        String c = cased(name);
        return rules.stripDomain() ? shortName(c) : c;
    }

    private String cased(String name) {
        String n = name.strip();
        return rules.lowerCase() ? n.toLowerCase(Locale.ROOT) : n;
    }

    /** {@code agg1} of {@code agg1.dc1.example.com}; a name whose rest holds no letter (an address) is kept. */
    static String shortName(String name) {
        int dot = name.indexOf('.');
        if (dot <= 0) {
            return name;
        }
        String rest = name.substring(dot + 1);
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isLetter(rest.charAt(i))) {
                return name.substring(0, dot);
            }
        }
        return name;
    }
}
