package dev.netmove.engine.migration;

import java.util.Arrays;
import java.util.List;

/**
 * Sorts running migrations by their order as {@code Comparator.comparingInt(RunningMigration::order)} would,
 * through the orders as plain ints: a run of many migrations sorts the ones a change reaches at every change
 * of rates, and most of that time went to the comparator. Orders are unique within a run, so each order finds
 * its migration again in a table kept from one sort to the next.
 */
final class MigrationOrder {

    private RunningMigration[] byOrder = new RunningMigration[0];

    /** Sorts {@code migrations} in place, by order. */
    void sort(List<RunningMigration> migrations) {
        int[] orders = new int[migrations.size()];
        for (int i = 0; i < orders.length; i++) {
            RunningMigration migration = migrations.get(i);
            int order = migration.order();
            if (order >= byOrder.length) {
                byOrder = Arrays.copyOf(byOrder, Math.max(order + 1, byOrder.length * 2));
            }
            byOrder[order] = migration;
            orders[i] = order;
        }
        Arrays.sort(orders);
        for (int i = 0; i < orders.length; i++) {
            migrations.set(i, byOrder[orders[i]]);
        }
    }
}
