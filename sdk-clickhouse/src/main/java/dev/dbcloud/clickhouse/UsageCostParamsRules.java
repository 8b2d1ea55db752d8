package dev.dbcloud.clickhouse;

import dev.dbcloud.core.internal.Endpoint;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * The rules of {@link UsageCostParams}: what {@code UsageCostParamsAttributes} does not say about it. The
 * generated {@code UsageCostParamsDef} carries its annotations.
 */
abstract class UsageCostParamsRules extends UsageCostParamsAttributes {
    /** The longest period the API reports on, in days after the first one (spec: {@code to_date}). */
    private static final long MAX_DAYS_AFTER = 30;

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

    /** Adds the period ({@code from_date}, {@code to_date}) and the tag filters ({@code filter}) to a call. */
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        call.query("from_date", fromDate()).query("to_date", toDate());
        TagFilters.values(tags(), tagKeys()).forEach(filter -> call.query("filter", filter));
        return call;
    }
}
