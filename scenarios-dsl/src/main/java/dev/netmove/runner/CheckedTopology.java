package dev.netmove.runner;

import dev.netmove.engine.config.DriftReport;

import java.util.List;
import java.util.Objects;

/** One topology the check looked at: loaded and reported on, or not loadable. */
public sealed interface CheckedTopology permits CheckedTopology.Loaded, CheckedTopology.NotLoaded {

    /** The topology as the user knows it: its file relative to the project, or the feature file and line of an inline one. */
    String label();

    /** The feature steps that use it ({@code src/test/features/a.feature:7}); empty when it was configured. */
    List<String> usedBy();

    /**
     * A topology that loaded, with its drift report.
     *
     * @param importGaps what its {@code import:} sources and overlay leave open, each with the overlay key
     *                   that fills it (none for a plain topology)
     */
    record Loaded(String label, List<String> usedBy, DriftReport report, List<String> importGaps)
            implements CheckedTopology {
        public Loaded {
            Objects.requireNonNull(label, "label");
            usedBy = List.copyOf(usedBy);
            Objects.requireNonNull(report, "report");
            importGaps = List.copyOf(importGaps);
        }

        /** A loaded plain topology (no import gaps). */
        public Loaded(String label, List<String> usedBy, DriftReport report) {
            this(label, usedBy, report, List.of());
        }
    }

    /**
     * A topology that could not be loaded.
     *
     * @param problems what is wrong, each with file:line:column where there is one
     */
    record NotLoaded(String label, List<String> usedBy, String problems) implements CheckedTopology {
        public NotLoaded {
            Objects.requireNonNull(label, "label");
            usedBy = List.copyOf(usedBy);
            Objects.requireNonNull(problems, "problems");
        }
    }
}
