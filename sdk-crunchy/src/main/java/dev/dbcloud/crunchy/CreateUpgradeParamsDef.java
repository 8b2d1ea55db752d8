package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ClusterUpgrades#create(String, CreateUpgradeParams)} ({@code ClusterUpgradeCreateRequest}):
 * a resize, a plan change or a major-version upgrade. Empty params start minor-version maintenance.
 *
 * <pre>{@code
 * CreateUpgradeParams.builder().planId("standard-128").storage(200).build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = CreateUpgradeParams.class)
@JsonDeserialize(as = CreateUpgradeParams.class)
abstract class CreateUpgradeParamsDef {
    /** @return the new plan ({@code plan_id}) */
    abstract Optional<String> planId();

    /** @return the Postgres version to upgrade to ({@code postgres_version_id}) */
    abstract Optional<PostgresVersionRef> postgresVersionId();

    /** @return the new storage in GB ({@code storage}) */
    abstract Optional<Integer> storage();

    /** @return when to start, less than 72 hours ahead; the maintenance window when empty ({@code starting_from}) */
    abstract Optional<Instant> startingFrom();

    @Value.Check
    void check() {
        ParamChecks.storage(storage());
    }
}
