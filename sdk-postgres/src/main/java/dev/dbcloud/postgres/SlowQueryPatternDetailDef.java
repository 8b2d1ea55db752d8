package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A slow query pattern with its most recent executions (wire schema {@code PostgresSlowQueryPatternDetail}).
 *
 * <pre>{@code
 * SlowQueryPatternDetail d = pg.instances().slowQueryPattern(id, pattern.queryId(), SlowQueryPatternParams.builder()
 *     .dbName("postgres").dbUser("app").dbOperation("SELECT").build());
 * d.recentExecutions().forEach(e -> System.out.println(e.timestamp() + " " + e.durationUs()));
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = SlowQueryPatternDetail.class)
@JsonDeserialize(as = SlowQueryPatternDetail.class)
abstract class SlowQueryPatternDetailDef {
    /**
     * The pattern's aggregate metrics (wire {@code aggregate}).
     *
     * @return the value
     */
    abstract Optional<SlowQueryPattern> aggregate();

    /**
     * The most recent executions (wire {@code recentExecutions}).
     *
     * @return the value
     */
    abstract List<QueryExecution> recentExecutions();
}
