package dev.dbcloud.clickhouse;

import dev.dbcloud.core.DbCloudStyle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The period, and optional tag filters, of {@link Organizations#usageCost(UsageCostParams)}: {@code from_date},
 * {@code to_date} (inclusive; UTC days), and one {@code filter} per tag. Both dates are required, and the period is
 * at most 31 days: {@code toDate} at most 30 days after {@code fromDate}.
 *
 * <pre>{@code
 * UsageCost march = ch.organizations().usageCost(UsageCostParams.builder()
 *     .fromDate(LocalDate.parse("2026-03-01"))
 *     .toDate(LocalDate.parse("2026-03-31"))
 *     .putTags("env", "prod")          // filter=tag:env=prod
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class UsageCostParamsDef {
    /** The longest period the API reports on, in days after the first one (spec: {@code to_date}). */
    private static final long MAX_DAYS_AFTER = 30;

    /**
     * The first day of the report (query {@code from_date}).
     *
     * @return the value
     */
    abstract LocalDate fromDate();

    /**
     * The last day of the report, included (query {@code to_date}); at most 30 days after {@link #fromDate()}.
     *
     * @return the value
     */
    abstract LocalDate toDate();

    /**
     * Tags the reported entities must carry, key to value, each sent as {@code filter=tag:Key=Value}.
     *
     * @return the tags
     */
    abstract Map<String, String> tags();

    /**
     * Tag keys the reported entities must carry, whatever the value, each sent as {@code filter=tag:Key} after
     * {@link #tags()}.
     *
     * @return the tag keys
     */
    abstract Set<String> tagKeys();

    /**
     * The period is at most 31 days (spec: {@code to_date} "cannot be more than 30 days after from_date"), and tag
     * keys are not empty.
     */
    @Value.Check
    void check() {
        long days = ChronoUnit.DAYS.between(fromDate(), toDate());
        if (days > MAX_DAYS_AFTER) {
            throw new IllegalArgumentException("toDate must be at most " + MAX_DAYS_AFTER
                    + " days after fromDate (a period of at most 31 days): " + fromDate() + " to " + toDate()
                    + " is " + days + " days after");
        }
        TagFilters.check(tags(), tagKeys());
    }
}
