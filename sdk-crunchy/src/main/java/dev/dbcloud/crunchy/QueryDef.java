package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A SQL query run on a cluster through the API ({@code Query}). Its SQL and rows are redacted in {@code toString()}
 * and never shown in the SDK's log lines, as either may hold secrets.
 *
 * <pre>{@code
 * Query q = cb.queries().create(CreateQueryParams.builder().clusterId(clusterId).sql("SELECT 1").build());
 * List<List<Object>> rows = q.result();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Query.class)
@JsonDeserialize(as = Query.class)
abstract class QueryDef {
    /** @return the query's ID ({@code id}) */
    abstract String id();

    /** @return the cluster it ran on ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /** @return the state ({@code status}) */
    abstract Optional<QueryStatus> status();

    /** @return the SQL ({@code sql}); redacted in toString */
    @Value.Redacted
    abstract Optional<String> sql();

    /** @return the database it ran in, if named ({@code database_name}) */
    abstract Optional<String> databaseName();

    /** @return whether writes were allowed ({@code allow_write}) */
    abstract Optional<Boolean> allowWrite();

    /** @return whether it runs asynchronously ({@code async}) */
    abstract Optional<Boolean> async();

    /** @return whether it is blocked ({@code is_blocked}) */
    abstract Optional<Boolean> isBlocked();

    /** @return the rows, each a list of JSON values ({@code result}); empty when absent; redacted in toString */
    @Value.Redacted
    abstract List<List<Object>> result();

    /** @return the columns of the rows ({@code result_fields}); empty when absent */
    abstract List<QueryResultField> resultFields();

    /** @return whether a larger result exists than the one returned ({@code has_extended_result}) */
    abstract Optional<Boolean> hasExtendedResult();

    /** @return the last error, if the query failed ({@code last_error_message}) */
    abstract Optional<String> lastErrorMessage();

    /** @return how long the last run took, in seconds ({@code last_run_duration_seconds}) */
    abstract Optional<Double> lastRunDurationSeconds();

    /** @return how many runs failed ({@code num_failures}) */
    abstract Optional<Long> numFailures();

    /** @return when it finished ({@code finished_at}) */
    abstract Optional<Instant> finishedAt();

    /** @return when it runs next ({@code next_run_at}) */
    abstract Optional<Instant> nextRunAt();
}
