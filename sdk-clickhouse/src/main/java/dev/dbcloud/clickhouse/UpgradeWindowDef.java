package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When a service's ClickHouse upgrades may run (wire schema {@code UpgradeWindow}), read and set with {@link
 * UpgradeWindows}: a weekly window of {@link #duration()} hours from {@link #startHourUtc()} on {@link #weekday()}.
 *
 * <pre>{@code
 * UpgradeWindow w = ch.services().upgradeWindow().get(serviceId);
 * System.out.println("day " + w.weekday().orElse(-1) + " from " + w.startHourUtc().orElse(-1) + ":00 UTC");
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpgradeWindow.class)
@JsonDeserialize(as = UpgradeWindow.class)
abstract class UpgradeWindowDef {
    /**
     * The day the window starts, 0 = Sunday … 6 = Saturday (wire {@code weekday}).
     *
     * @return the value
     */
    abstract Optional<Integer> weekday();

    /**
     * The UTC hour the window starts: 0, 6, 12 or 18 (wire {@code startHourUtc}).
     *
     * @return the value
     */
    abstract Optional<Integer> startHourUtc();

    /**
     * The window's length in hours, currently always 6 (wire {@code duration}).
     *
     * @return the value
     */
    abstract Optional<Integer> duration();
}
