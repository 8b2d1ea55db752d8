package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Clusters#fork(String, ForkClusterParams)} ({@code ClusterForkRequest}). Without a target
 * time or LSN the fork starts from now; a {@code targetTime} must lie between the cluster's oldest backup
 * ({@link ClusterStatus#oldestBackupAt()}) and now, and a time in the future is refused before sending.
 *
 * <pre>{@code
 * ForkClusterParams.builder()
 *     .name("crunchy-production-fork")
 *     .targetTime(Instant.parse("2021-07-11T01:02:03Z"))
 *     .build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ForkClusterParams.class)
@JsonDeserialize(as = ForkClusterParams.class)
abstract class ForkClusterParamsDef {
    /** @return the fork's name ({@code name}) */
    abstract String name();

    /** @return the fork's plan; the source's when empty ({@code plan_id}) */
    abstract Optional<String> planId();

    /** @return the fork's cloud provider ({@code provider_id}) */
    abstract Optional<String> providerId();

    /** @return the fork's region ({@code region_id}) */
    abstract Optional<String> regionId();

    /** @return whether the fork is highly available ({@code is_ha}) */
    abstract Optional<Boolean> isHa();

    /** @return the fork's storage in GB ({@code storage}) */
    abstract Optional<Integer> storage();

    /** @return the network to create the fork in; a new one when empty ({@code network_id}) */
    abstract Optional<String> networkId();

    /** @return the point in time to fork from; now when empty ({@code target_time}) */
    abstract Optional<Instant> targetTime();

    /** @return the WAL position to fork from, instead of a time ({@code target_lsn}) */
    abstract Optional<String> targetLsn();

    @Value.Check
    void check() {
        ParamChecks.text(name(), "name");
        ParamChecks.storage(storage());
        networkId().ifPresent(id -> Eids.check(id, "networkId"));
        ParamChecks.notBoth(targetTime(), "targetTime", targetLsn(), "targetLsn");
    }
}
