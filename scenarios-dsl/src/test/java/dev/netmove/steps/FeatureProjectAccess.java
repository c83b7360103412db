package dev.netmove.steps;

/** The step tests' shared topologies, for the runner's tests. */
public final class FeatureProjectAccess {

    private FeatureProjectAccess() {
    }

    public static String twoPods() {
        return FeatureProject.TWO_PODS;
    }
}
