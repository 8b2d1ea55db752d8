package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The order of {@link Instances#slowQueryPatterns(String, ListSlowQueryPatternsParams) slow query patterns}
 * (query parameter {@code sort_by}; the API's default is {@code total_duration}). {@link
 * ListSlowQueryPatternsParams} sends any value, known or not, as given; the API checks it.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == SlowQuerySortBy.CALL_COUNT) { … }
 * SlowQuerySortBy parsed = SlowQuerySortBy.of("call_count");
 * }</pre>
 */
public final class SlowQuerySortBy extends OpenEnum {
    private static final Values<SlowQuerySortBy> VALUES = new Values<>(SlowQuerySortBy::new);

    /** Wire value {@code total_duration}. */
    public static final SlowQuerySortBy TOTAL_DURATION = VALUES.known("total_duration");

    /** Wire value {@code avg_duration}. */
    public static final SlowQuerySortBy AVG_DURATION = VALUES.known("avg_duration");

    /** Wire value {@code call_count}. */
    public static final SlowQuerySortBy CALL_COUNT = VALUES.known("call_count");

    /** Wire value {@code total_blks_read}. */
    public static final SlowQuerySortBy TOTAL_BLKS_READ = VALUES.known("total_blks_read");

    /** Wire value {@code total_cpu_time}. */
    public static final SlowQuerySortBy TOTAL_CPU_TIME = VALUES.known("total_cpu_time");

    /** Wire value {@code error_count}. */
    public static final SlowQuerySortBy ERROR_COUNT = VALUES.known("error_count");

    /** Wire value {@code max_duration}. */
    public static final SlowQuerySortBy MAX_DURATION = VALUES.known("max_duration");

    /** Wire value {@code p50_duration}. */
    public static final SlowQuerySortBy P50_DURATION = VALUES.known("p50_duration");

    /** Wire value {@code p95_duration}. */
    public static final SlowQuerySortBy P95_DURATION = VALUES.known("p95_duration");

    /** Wire value {@code p99_duration}. */
    public static final SlowQuerySortBy P99_DURATION = VALUES.known("p99_duration");

    /** Wire value {@code total_rows}. */
    public static final SlowQuerySortBy TOTAL_ROWS = VALUES.known("total_rows");

    /** Wire value {@code total_shared_blks_hit}. */
    public static final SlowQuerySortBy TOTAL_SHARED_BLKS_HIT = VALUES.known("total_shared_blks_hit");

    /** Wire value {@code total_wal_bytes}. */
    public static final SlowQuerySortBy TOTAL_WAL_BYTES = VALUES.known("total_wal_bytes");

    private SlowQuerySortBy(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static SlowQuerySortBy of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<SlowQuerySortBy> knownValues() {
        return VALUES.knownValues();
    }
}
