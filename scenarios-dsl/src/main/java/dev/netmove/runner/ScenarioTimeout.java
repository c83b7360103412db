package dev.netmove.runner;

import dev.netmove.engine.quantity.QuantityFormatException;
import dev.netmove.engine.quantity.TimeSpan;

import java.time.Duration;

/** The time limit of one scenario ({@value NetmoveProperties#SCENARIO_TIMEOUT}) as a user writes it. */
final class ScenarioTimeout {

    /** {@value NetmoveProperties#SCENARIO_TIMEOUT_DEFAULT}. */
    static final Duration DEFAULT = Duration.ofMinutes(5);

    private ScenarioTimeout() {
    }

    /** The limit written as {@code text} ({@code 5min}, {@code 90 s}); {@code null}: the default. */
    static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        try {
            TimeSpan limit = TimeSpan.parse(text.strip());
            if (limit.isZero()) {
                throw new RunConfigurationException(NetmoveProperties.SCENARIO_TIMEOUT + ": " + text
                        + " leaves a scenario no time; expected a positive time such as "
                        + NetmoveProperties.SCENARIO_TIMEOUT_DEFAULT);
            }
            return Duration.ofNanos(limit.nanos());
        } catch (QuantityFormatException e) {
            throw new RunConfigurationException(NetmoveProperties.SCENARIO_TIMEOUT + ": " + e.getMessage(), e);
        }
    }

    /** The limit as a user reads it: {@code 5min}, {@code 2s}. */
    static String shown(Duration limit) {
        return TimeSpan.ofNanos(limit.toNanos()).toString();
    }
}
