package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The body of {@link UpgradeWindows#update(String, UpdateUpgradeWindowParams)} (wire schema {@code
 * UpgradeWindowPutRequest}): the day and hour a service's six-hour upgrade window starts. Both are required.
 *
 * <pre>{@code
 * UpdateUpgradeWindowParams wednesdayNoon = UpdateUpgradeWindowParams.of(3, 12);   // Wednesday 12:00–18:00 UTC
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} naming the field and the rule when {@code weekday} is
 * not 0 (Sunday) to 6 or {@code startHourUtc} is not one of 0, 6, 12 and 18: the specification's values, which the
 * API answers with 400 otherwise.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateUpgradeWindowParams.class)
@JsonDeserialize(as = UpdateUpgradeWindowParams.class)
abstract class UpdateUpgradeWindowParamsDef {
    private static final Set<Integer> START_HOURS = Set.of(0, 6, 12, 18);

    /**
     * The day the window starts, 0 = Sunday … 6 = Saturday (wire {@code weekday}).
     *
     * @return the value
     */
    abstract int weekday();

    /**
     * The UTC hour the window starts: 0, 6, 12 or 18 (wire {@code startHourUtc}).
     *
     * @return the value
     */
    abstract int startHourUtc();

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
