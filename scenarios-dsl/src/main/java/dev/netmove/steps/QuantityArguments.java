package dev.netmove.steps;

import dev.netmove.engine.quantity.QuantityFormatException;

import java.util.function.Function;

/**
 * Turns a quantity that is not accepted (no or an unknown unit, negative, too large, a malformed number) into a
 * step failure that says why and shows the accepted units.
 */
final class QuantityArguments {

    private QuantityArguments() {
    }

    static <T> T parse(String kind, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (QuantityFormatException e) {
            String step = RunningStep.line().stream().mapToObj(line -> "the step at line " + line).findFirst()
                    .orElse("this step");
            throw new StepInputException("the " + kind + " \"" + text + "\" in " + step + " is not accepted: "
                    + e.getMessage());
        }
    }
}
