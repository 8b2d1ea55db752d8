package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.Checks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which executions of a slow query pattern to read ({@code GET …/slowQueryPatterns/{queryId}}): the API needs the
 * database, user and operation of the pattern, as a {@link SlowQueryPattern} lists them.
 *
 * <pre>{@code
 * SlowQueryPatternParams of = SlowQueryPatternParams.from(pattern);   // db, user, operation and app of a listed pattern
 * SlowQueryPatternDetail detail = pg.instances().slowQueryPattern(id, pattern.queryId(), of);
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = SlowQueryPatternParams.class)
@JsonDeserialize(as = SlowQueryPatternParams.class)
abstract class SlowQueryPatternParamsDef {
    /**
     * The database (query {@code db_name}, required).
     *
     * @return the value
     */
    abstract String dbName();

    /**
     * The database user (query {@code db_user}, required).
     *
     * @return the value
     */
    abstract String dbUser();

    /**
     * The SQL operation, e.g. {@code SELECT} (query {@code db_operation}, required).
     *
     * @return the value
     */
    abstract String dbOperation();

    /**
     * The {@code application_name} (query {@code app}).
     *
     * @return the value
     */
    abstract Optional<String> app();

    /**
     * The time of interest (query {@code timestamp}, RFC 3339 UTC truncated to whole seconds).
     *
     * @return the value
     */
    abstract Optional<Instant> timestamp();

    /**
     * Parameters naming the database, user, operation and application of a listed pattern.
     *
     * @param pattern a pattern from {@code slowQueryPatterns(…)}
     * @return the parameters
     * @throws IllegalArgumentException if the pattern lacks its database, user or operation
     */
    public static SlowQueryPatternParams from(SlowQueryPattern pattern) {
        return SlowQueryPatternParams.builder()
                .dbName(pattern.dbName().orElse(""))
                .dbUser(pattern.dbUser().orElse(""))
                .dbOperation(pattern.dbOperation().orElse(""))
                .app(pattern.app())
                .build();
    }

    @Value.Check
    void check() {
        Checks.notBlank(dbName(), "dbName");
        Checks.notBlank(dbUser(), "dbUser");
        Checks.notBlank(dbOperation(), "dbOperation");
    }
}
