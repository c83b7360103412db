package dev.netmove.steps;

import dev.netmove.engine.quantity.QuantityFormatException;

import java.util.function.Function;

/** Turns a quantity that does not parse into a step failure that shows the accepted units. */
final class QuantityArguments {

    private QuantityArguments() {
    }

    static <T> T parse(String kind, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (QuantityFormatException e) {
            throw new StepInputException("the " + kind + " \"" + text + "\" in this step does not parse: "
                    + e.getMessage());
        }
    }
}
