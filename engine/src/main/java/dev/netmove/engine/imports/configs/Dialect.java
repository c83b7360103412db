package dev.netmove.engine.imports.configs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The configuration dialects read: Cisco NX-OS, Cisco IOS/IOS-XE and Arista EOS. */
public enum Dialect {
    NXOS("nxos"), IOS("ios"), EOS("eos");

    private final String key;

    Dialect(String key) {
        this.key = key;
    }

    /** The spelling of the {@code dialect:} key of an {@code import:} entry. */
    public String key() {
        return key;
    }

    /** The dialect written as {@code text} ({@code nxos}, {@code nx-os}, {@code ios}, {@code ios-xe}, {@code eos}). */
    public static Optional<Dialect> fromKey(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("-", "");
        return switch (t) {
            case "nxos" -> Optional.of(NXOS);
            case "ios", "iosxe" -> Optional.of(IOS);
            case "eos" -> Optional.of(EOS);
            default -> Optional.empty();
        };
    }

    /** Every accepted key, for messages. */
    public static String keys() {
        return Arrays.stream(values()).map(Dialect::key).collect(Collectors.joining(", "));
    }
}
