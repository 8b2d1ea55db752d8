package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A slow query pattern's aggregate metrics over the requested window (wire schema {@code
 * PostgresSlowQueryPattern}). Durations are in microseconds. Every field but {@link #queryId()} is optional,
 * although the API documents them as always present.
 *
 * <pre>{@code
 * for (SlowQueryPattern p : pg.instances().slowQueryPatterns(id, params)) {
 *     System.out.println(p.queryId() + " " + p.totalDurationUs().orElse(0) + "us " + p.queryText().orElse(""));
 * }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonPropertyOrder({"queryId", "queryText"})
@JsonSerialize(as = SlowQueryPattern.class)
@JsonDeserialize(as = SlowQueryPattern.class)
abstract class SlowQueryPatternDef implements QueryOrigin {
    /**
     * The pattern's id (wire {@code queryId}): a signed 64-bit hash sent as a string, often negative; pass it
     * back verbatim to {@link Instances#slowQueryPattern(String, String, SlowQueryPatternParams)}.
     *
     * @return the value
     */
    abstract String queryId();

    /**
     * How many times the pattern ran in the window (wire {@code callCount}).
     *
     * @return the value
     */
    abstract OptionalLong callCount();

    /**
     * How many executions raised an error (wire {@code errorCount}).
     *
     * @return the value
     */
    abstract OptionalLong errorCount();

    /**
     * Total execution time, in microseconds (wire {@code totalDurationUs}).
     *
     * @return the value
     */
    abstract OptionalLong totalDurationUs();

    /**
     * Average execution time per call, in microseconds (wire {@code avgDurationUs}).
     *
     * @return the value
     */
    abstract OptionalLong avgDurationUs();

    /**
     * Longest execution time, in microseconds (wire {@code maxDurationUs}).
     *
     * @return the value
     */
    abstract OptionalLong maxDurationUs();

    /**
     * Median execution time, in microseconds (wire {@code p50DurationUs}).
     *
     * @return the value
     */
    abstract OptionalLong p50DurationUs();

    /**
     * 95th percentile execution time, in microseconds (wire {@code p95DurationUs}).
     *
     * @return the value
     */
    abstract OptionalLong p95DurationUs();

    /**
     * 99th percentile execution time, in microseconds (wire {@code p99DurationUs}).
     *
     * @return the value
     */
    abstract OptionalLong p99DurationUs();

    /**
     * Rows returned or affected by all calls (wire {@code totalRows}).
     *
     * @return the value
     */
    abstract OptionalLong totalRows();

    /**
     * Shared buffer blocks read from disk (cache misses) (wire {@code totalSharedBlksRead}).
     *
     * @return the value
     */
    abstract OptionalLong totalSharedBlksRead();

    /**
     * Shared buffer blocks found in cache (wire {@code totalSharedBlksHit}).
     *
     * @return the value
     */
    abstract OptionalLong totalSharedBlksHit();

    /**
     * Total CPU time, in microseconds (wire {@code totalCpuTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong totalCpuTimeUs();

    /**
     * WAL bytes generated (wire {@code totalWalBytes}).
     *
     * @return the value
     */
    abstract OptionalLong totalWalBytes();
}
