package dev.dbcloud.postgres;

import dev.dbcloud.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The rules of {@link SlowQueryPatternParams}: what {@code SlowQueryPatternParamsAttributes} does not say about it. The
 * generated {@code SlowQueryPatternParamsDef} carries its annotations.
 */
abstract class SlowQueryPatternParamsRules extends SlowQueryPatternParamsAttributes {

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
