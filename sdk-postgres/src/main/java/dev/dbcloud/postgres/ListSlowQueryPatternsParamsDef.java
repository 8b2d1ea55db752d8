package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.SortOrder;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The filters, order and window of a slow query pattern list ({@code GET …/slowQueryPatterns}), the only list of
 * the API with offset paging.
 *
 * <pre>{@code
 * List<SlowQueryPattern> worst = pg.instances().slowQueryPatterns(id, ListSlowQueryPatternsParams.builder()
 *     .fromDate(Instant.now().minus(Duration.ofDays(1))).toDate(Instant.now())
 *     .sortBy(SlowQuerySortBy.P99_DURATION).sortOrder(SortOrder.DESC)
 *     .limit(50).offset(0)
 *     .build());
 * }</pre>
 *
 * <p>Checked by {@code build()}: {@code fromDate} is before {@code toDate} in whole seconds; {@code limit} is 1 to 500; {@code offset} is at
 * least 0. {@code sortBy} and {@code sortOrder} are sent as given, values this SDK does not know included: the
 * API checks them.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ListSlowQueryPatternsParams.class)
@JsonDeserialize(as = ListSlowQueryPatternsParams.class)
abstract class ListSlowQueryPatternsParamsDef implements TimeWindow {
    /**
     * Only this database (query {@code db_name}).
     *
     * @return the value
     */
    abstract Optional<String> dbName();

    /**
     * Only this database user (query {@code db_user}).
     *
     * @return the value
     */
    abstract Optional<String> dbUser();

    /**
     * Only this SQL operation, e.g. {@code SELECT} (query {@code db_operation}).
     *
     * @return the value
     */
    abstract Optional<String> dbOperation();

    /**
     * Only this {@code application_name} (query {@code app}).
     *
     * @return the value
     */
    abstract Optional<String> app();

    /**
     * The order (query {@code sort_by}); the API's default is {@code total_duration}. Sent as given, so a value
     * newer than this SDK ({@code SlowQuerySortBy.of("…")}) works too.
     *
     * @return the value
     */
    abstract Optional<SlowQuerySortBy> sortBy();

    /**
     * The direction (query {@code sort_order}); the API's default is {@code desc}. Sent as given.
     *
     * @return the value
     */
    abstract Optional<SortOrder> sortOrder();

    /**
     * How many patterns, 1 to 500 (query {@code limit}); the API's default is 20.
     *
     * @return the value
     */
    abstract Optional<Integer> limit();

    /**
     * How many patterns to skip, at least 0 (query {@code offset}); the API's default is 0.
     *
     * @return the value
     */
    abstract Optional<Integer> offset();

    @Value.Check
    void check() {
        TimeWindow.check(this);
        limit().filter(l -> l < 1 || l > 500).ifPresent(l -> {
            throw new IllegalArgumentException("limit must be between 1 and 500 but was " + l);
        });
        offset().filter(o -> o < 0).ifPresent(o -> {
            throw new IllegalArgumentException("offset must be >= 0 but was " + o);
        });
    }
}
