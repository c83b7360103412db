package dev.netmove.engine.migration;

/** Why pre-copy stopped and the guest was paused for the switchover. */
public enum SwitchoverReason {
    /** The rest fit in the switchover target at the bandwidth the last round got. */
    FITS_DOWNTIME("the rest fit in the switchover target"),
    /** Fewer dirty pages were left than the hypervisor bothers to pre-copy (Xen: 50 pages). */
    FEW_DIRTY_PAGES("few dirty pages were left"),
    /** The most pre-copy rounds allowed ({@code maxRounds}) were sent. */
    ROUND_LIMIT("the round limit was reached"),
    /** The most memory a migration may send before it gives up pre-copy (Xen: 3x memory) was sent. */
    VOLUME_LIMIT("the volume limit was reached");

    private final String description;

    SwitchoverReason(String description) {
        this.description = description;
    }

    /** A few words for messages: {@code the rest fit in the switchover target}. */
    public String description() {
        return description;
    }
}
