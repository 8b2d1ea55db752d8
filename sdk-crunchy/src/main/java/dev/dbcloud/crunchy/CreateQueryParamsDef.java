package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Queries#create(CreateQueryParams)} ({@code QueryCreateRequest}). The SQL is redacted in {@code
 * toString()} and the body is never logged.
 *
 * <pre>{@code
 * CreateQueryParams.builder().clusterId(clusterId).sql("SELECT count(*) FROM orders").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = CreateQueryParams.class)
@JsonDeserialize(as = CreateQueryParams.class)
abstract class CreateQueryParamsDef {
    /** @return the cluster to run it on, a Crunchy Bridge ID ({@code cluster_id}) */
    abstract String clusterId();

    /** @return the SQL, not blank ({@code sql}); redacted in toString */
    @Value.Redacted
    abstract String sql();

    /** @return the database to run it in; by default the cluster's default database ({@code database_name}) */
    abstract Optional<String> databaseName();

    /** @return whether the query may write ({@code allow_write}) */
    abstract Optional<Boolean> allowWrite();

    /** @return run it asynchronously; not together with {@link #skipTx()} ({@code async}) */
    abstract Optional<Boolean> async();

    /** @return run it outside the protective transaction, permitting writes; not with {@link #async()} ({@code skip_tx}) */
    abstract Optional<Boolean> skipTx();

    /** Refuses a blank SQL, a cluster ID that is not an EID, and {@code async} together with {@code skipTx}. */
    @Value.Check
    void check() {
        Eids.check(clusterId(), "clusterId");
        ParamChecks.text(sql(), "sql");
        if (async().orElse(false) && skipTx().orElse(false)) {
            throw new IllegalArgumentException("async and skipTx must not both be true");
        }
    }
}
