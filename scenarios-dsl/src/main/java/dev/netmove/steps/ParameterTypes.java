package dev.netmove.steps;

import dev.netmove.engine.quantity.Bandwidth;
import dev.netmove.engine.quantity.DataSize;
import dev.netmove.engine.quantity.Percent;
import dev.netmove.engine.quantity.TimeSpan;
import io.cucumber.java.ParameterType;

/**
 * The quantity parameter types of STEPS.md: {duration}, {size}, {bandwidth} and {percent}.
 *
 * <p>The patterns are deliberately wider than what is accepted: "30 secs", "5" (no unit), "-5 s", "1,000 Mbps" and
 * "1e30 Gbps" still match the step, so that the step fails saying why the value is not accepted (the accepted
 * units, a negative value, a number too large) instead of becoming an undefined step. Parsing happens in the
 * engine's quantity types, the one place units are known.
 */
public final class ParameterTypes {

    private static final String NUMBER = "[-+]?\\d+(?:[.,_]\\d+)*(?:[eE][-+]?\\d+)?";

    /**
     * A number (possibly signed, with separators or an exponent, all refused when parsed), then, after an optional
     * space, a unit word (letters, possibly with a slash: MB/s, Gbit/s) or none.
     */
    private static final String NUMBER_AND_UNIT = NUMBER + "(?:\\s?[A-Za-zµ][A-Za-zµ/]*)?";

    @ParameterType(name = "duration", value = NUMBER_AND_UNIT, useForSnippets = false)
    public TimeSpan duration(String text) {
        return QuantityArguments.parse("duration", text, TimeSpan::parse);
    }

    @ParameterType(name = "size", value = NUMBER_AND_UNIT, useForSnippets = false)
    public DataSize size(String text) {
        return QuantityArguments.parse("size", text, DataSize::parse);
    }

    @ParameterType(name = "bandwidth", value = NUMBER_AND_UNIT, useForSnippets = false)
    public Bandwidth bandwidth(String text) {
        return QuantityArguments.parse("bandwidth", text, Bandwidth::parse);
    }

    /**
     * A whole number (STEPS.md's {@code {int}}: a VLAN, a count of hosts, hops, switches or times): one beyond
     * what a step can take fails the step with the number, never with Cucumber's "could not convert arguments".
     */
    @ParameterType(name = "number", value = "-?\\d+", useForSnippets = false)
    public Integer number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new StepInputException("the number " + text + " in this step is too large: a whole number here is"
                    + " at most " + Integer.MAX_VALUE + " (a VLAN is 1 to 4094; a count of hosts, hops or switches is"
                    + " what the topology has)");
        }
    }

    @ParameterType(name = "percent", value = NUMBER + "(?:\\s?%)?", useForSnippets = false)
    public Percent percent(String text) {
        return QuantityArguments.parse("percent", text, Percent::parse);
    }
}
