package dev.netmove.engine.imports;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code importRules:} of a topology file (IMPORT.md): how imported names and roles are read.
 *
 * @param roles regexes tried in order on the device name, then on the source's role; first match wins
 * @param stripDomain whether {@code agg1.dc1.example.com} becomes {@code agg1}
 * @param lowerCase whether names are lower-cased
 * @param memoryUnitBinary whether NetBox VM memory is MiB (true) or MB (false, NetBox's default)
 * @param vmotionPortGroup where a source does not say which vmkernel port carries vMotion
 * @param defaultSpeed the speed of a link no source gives one, as written ({@code 10Gbps}); empty: none
 */
public record ImportRules(List<RoleRule> roles, boolean stripDomain, boolean lowerCase, boolean memoryUnitBinary,
        Pattern vmotionPortGroup, Optional<String> defaultSpeed) {

    /** One entry of {@code importRules.roles}: a regex and the netmove role it gives. */
    public record RoleRule(Pattern pattern, String role) {
    }

    public ImportRules {
        roles = List.copyOf(roles);
    }

    /** The defaults of IMPORT.md: no role map, domains stripped, lower case, MB, {@code (?i)vmotion}, no speed. */
    public static ImportRules defaults() {
        return new ImportRules(List.of(), true, true, false, Pattern.compile("(?i)vmotion"), Optional.empty());
    }

    /** The role for a device: the rules on its name, then on the source's role; else empty. */
    public Optional<String> roleOf(String deviceName, String sourceRole) {
        for (RoleRule rule : roles) {
            if (rule.pattern().matcher(deviceName).find()) {
                return Optional.of(rule.role());
            }
        }
        if (sourceRole != null) {
            for (RoleRule rule : roles) {
                if (rule.pattern().matcher(sourceRole).find()) {
                    return Optional.of(rule.role());
                }
            }
        }
        return Optional.empty();
    }
}
