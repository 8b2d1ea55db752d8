package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One recent execution of a slow query pattern (wire schema {@code PostgresQueryExecution}). Durations and times
 * are in microseconds. Every field is optional, although the API documents most as always present.
 */
@DbCloudStyle
@Value.Immutable
@JsonPropertyOrder({"timestamp", "queryId"})
@JsonSerialize(as = QueryExecution.class)
@JsonDeserialize(as = QueryExecution.class)
abstract class QueryExecutionDef implements QueryOrigin {
    /**
     * When the query ran (wire {@code timestamp}, RFC 3339).
     *
     * @return the value
     */
    abstract Optional<Instant> timestamp();

    /**
     * The pattern's id, a signed 64-bit hash as a string (wire {@code queryId}).
     *
     * @return the value
     */
    abstract Optional<String> queryId();

    /**
     * The Postgres backend process id, as a string (wire {@code pid}).
     *
     * @return the value
     */
    abstract Optional<String> pid();

    /**
     * Execution time, in microseconds (wire {@code durationUs}).
     *
     * @return the value
     */
    abstract OptionalLong durationUs();

    /**
     * Rows returned or affected (wire {@code rows}).
     *
     * @return the value
     */
    abstract OptionalLong rows();

    /**
     * Shared buffer blocks hit (wire {@code sharedBlksHit}).
     *
     * @return the value
     */
    abstract OptionalLong sharedBlksHit();

    /**
     * Shared buffer blocks read from disk (wire {@code sharedBlksRead}).
     *
     * @return the value
     */
    abstract OptionalLong sharedBlksRead();

    /**
     * Shared buffer blocks written (wire {@code sharedBlksWritten}).
     *
     * @return the value
     */
    abstract OptionalLong sharedBlksWritten();

    /**
     * Shared buffer blocks dirtied (wire {@code sharedBlksDirtied}).
     *
     * @return the value
     */
    abstract OptionalLong sharedBlksDirtied();

    /**
     * Time reading shared blocks, in microseconds (wire {@code sharedBlkReadTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong sharedBlkReadTimeUs();

    /**
     * Time writing shared blocks, in microseconds (wire {@code sharedBlkWriteTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong sharedBlkWriteTimeUs();

    /**
     * Local buffer blocks hit (temporary tables) (wire {@code localBlksHit}).
     *
     * @return the value
     */
    abstract OptionalLong localBlksHit();

    /**
     * Local buffer blocks read (wire {@code localBlksRead}).
     *
     * @return the value
     */
    abstract OptionalLong localBlksRead();

    /**
     * Local buffer blocks written (wire {@code localBlksWritten}).
     *
     * @return the value
     */
    abstract OptionalLong localBlksWritten();

    /**
     * Local buffer blocks dirtied (wire {@code localBlksDirtied}).
     *
     * @return the value
     */
    abstract OptionalLong localBlksDirtied();

    /**
     * Temporary blocks read (spills to disk) (wire {@code tempBlksRead}).
     *
     * @return the value
     */
    abstract OptionalLong tempBlksRead();

    /**
     * Temporary blocks written (wire {@code tempBlksWritten}).
     *
     * @return the value
     */
    abstract OptionalLong tempBlksWritten();

    /**
     * Time reading temporary blocks, in microseconds (wire {@code tempBlkReadTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong tempBlkReadTimeUs();

    /**
     * Time writing temporary blocks, in microseconds (wire {@code tempBlkWriteTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong tempBlkWriteTimeUs();

    /**
     * WAL records produced (wire {@code walRecords}).
     *
     * @return the value
     */
    abstract OptionalLong walRecords();

    /**
     * WAL bytes produced (wire {@code walBytes}).
     *
     * @return the value
     */
    abstract OptionalLong walBytes();

    /**
     * WAL full-page images produced (wire {@code walFpi}).
     *
     * @return the value
     */
    abstract OptionalLong walFpi();

    /**
     * CPU time in user mode, in microseconds (wire {@code cpuUserTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong cpuUserTimeUs();

    /**
     * CPU time in kernel mode, in microseconds (wire {@code cpuSysTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong cpuSysTimeUs();

    /**
     * JIT-compiled functions (wire {@code jitFunctions}).
     *
     * @return the value
     */
    abstract OptionalLong jitFunctions();

    /**
     * JIT generation time, in microseconds (wire {@code jitGenerationTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong jitGenerationTimeUs();

    /**
     * JIT inlining time, in microseconds (wire {@code jitInliningTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong jitInliningTimeUs();

    /**
     * JIT optimization time, in microseconds (wire {@code jitOptimizationTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong jitOptimizationTimeUs();

    /**
     * JIT emission time, in microseconds (wire {@code jitEmissionTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong jitEmissionTimeUs();

    /**
     * JIT deform time, in microseconds (wire {@code jitDeformTimeUs}).
     *
     * @return the value
     */
    abstract OptionalLong jitDeformTimeUs();

    /**
     * Parallel workers planned (wire {@code parallelWorkersPlanned}).
     *
     * @return the value
     */
    abstract OptionalLong parallelWorkersPlanned();

    /**
     * Parallel workers launched (wire {@code parallelWorkersLaunched}).
     *
     * @return the value
     */
    abstract OptionalLong parallelWorkersLaunched();

    /**
     * The error message, when the execution failed (wire {@code errMessage}).
     *
     * @return the value
     */
    abstract Optional<String> errMessage();

    /**
     * The SQLSTATE code, when the execution failed (wire {@code errSqlstate}).
     *
     * @return the value
     */
    abstract Optional<String> errSqlstate();

    /**
     * The Postgres error severity level, when the execution failed (wire {@code errElevel}).
     *
     * @return the value
     */
    abstract OptionalLong errElevel();

    /**
     * The role of the server that ran it, e.g. {@code primary} or {@code standby} (wire {@code serverRole}).
     *
     * @return the value
     */
    abstract Optional<String> serverRole();

    /**
     * The OpenTelemetry trace id (wire {@code traceId}).
     *
     * @return the value
     */
    abstract Optional<String> traceId();

    /**
     * The OpenTelemetry span id (wire {@code spanId}).
     *
     * @return the value
     */
    abstract Optional<String> spanId();
}
