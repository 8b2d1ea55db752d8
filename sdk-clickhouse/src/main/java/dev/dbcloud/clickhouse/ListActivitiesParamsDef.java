package dev.dbcloud.clickhouse;

import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The period of {@link Activities#list(ListActivitiesParams)}: query {@code from_date} and {@code to_date}, both
 * optional.
 *
 * <pre>{@code
 * List<Activity> lastDay = ch.organizations().activities().list(ListActivitiesParams.builder()
 *     .fromDate(Instant.now().minus(Duration.ofDays(1)))
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class ListActivitiesParamsDef {
    /**
     * The start of the search (query {@code from_date}, ISO-8601).
     *
     * @return the value
     */
    abstract Optional<Instant> fromDate();

    /**
     * The end of the search (query {@code to_date}, ISO-8601).
     *
     * @return the value
     */
    abstract Optional<Instant> toDate();
}
