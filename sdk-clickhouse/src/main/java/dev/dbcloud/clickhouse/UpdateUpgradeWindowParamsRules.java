package dev.dbcloud.clickhouse;

import java.util.Set;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateUpgradeWindowParams}: what {@code UpdateUpgradeWindowParamsAttributes} does not say about it. The
 * generated {@code UpdateUpgradeWindowParamsDef} carries its annotations.
 */
abstract class UpdateUpgradeWindowParamsRules extends UpdateUpgradeWindowParamsAttributes {
    private static final Set<Integer> START_HOURS = Set.of(0, 6, 12, 18);

    /**
     * The window starting on a day at an hour.
     *
     * @param weekday 0 = Sunday … 6 = Saturday
     * @param startHourUtc 0, 6, 12 or 18
     * @return the parameters
     * @throws IllegalArgumentException if either is out of its range
     */
    public static UpdateUpgradeWindowParams of(int weekday, int startHourUtc) {
        return UpdateUpgradeWindowParams.builder()
                .weekday(weekday)
                .startHourUtc(startHourUtc)
                .build();
    }

    /** The specification's values; see the type's documentation. */
    @Value.Check
    void check() {
        ServiceRules.between("weekday", weekday(), 0, 6);
        if (!START_HOURS.contains(startHourUtc())) {
            throw new IllegalArgumentException("startHourUtc must be 0, 6, 12 or 18 but is " + startHourUtc());
        }
    }
}
