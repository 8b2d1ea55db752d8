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
 * The body of {@link ClusterReplicas#create(String, CreateReplicaParams)} ({@code ClusterReplicaCreateRequest}).
 * A replica in another provider needs {@code planId} and {@code regionId} too; {@code networkId} excludes {@code
 * providerId}.
 *
 * <pre>{@code
 * CreateReplicaParams.builder().name("crunchy-production-replica").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = CreateReplicaParams.class)
@JsonDeserialize(as = CreateReplicaParams.class)
abstract class CreateReplicaParamsDef {
    /** @return the replica's name ({@code name}) */
    abstract String name();

    /** @return the replica's plan; the primary's when empty ({@code plan_id}) */
    abstract Optional<String> planId();

    /** @return the replica's cloud provider ({@code provider_id}) */
    abstract Optional<String> providerId();

    /** @return the replica's region ({@code region_id}) */
    abstract Optional<String> regionId();

    /** @return the network to create the replica in ({@code network_id}) */
    abstract Optional<String> networkId();

    @Value.Check
    void check() {
        ParamChecks.text(name(), "name");
        networkId().ifPresent(id -> Eids.check(id, "networkId"));
        ParamChecks.providerFromNetwork(networkId(), providerId());
        if (providerId().isPresent() && (planId().isEmpty() || regionId().isEmpty())) {
            throw new IllegalArgumentException("providerId needs planId and regionId too");
        }
    }
}
