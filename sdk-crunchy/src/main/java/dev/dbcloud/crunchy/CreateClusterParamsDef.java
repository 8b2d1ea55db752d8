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
 * The body of {@link Clusters#create(CreateClusterParams)} ({@code ClusterCreateRequest}).
 *
 * <pre>{@code
 * CreateClusterParams.builder()
 *     .name("crunchy-production")
 *     .teamId(teamId)
 *     .planId("hobby-2")                     // from cb.providers().list()
 *     .providerId("aws")
 *     .regionId("us-west-2")
 *     .storage(100)
 *     .postgresVersionId(PostgresVersionRef.major(17))
 *     .build();
 * }</pre>
 *
 * <p>Rules checked before sending: {@code networkId} and {@code networkCidr4} exclude each other, {@code
 * networkId} excludes {@code providerId}, {@code firewallMode} excludes {@code networkCidr4}, IDs are Crunchy
 * Bridge IDs, and {@code maintenanceWindowStart} is an hour from 0 to 23.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = CreateClusterParams.class)
@JsonDeserialize(as = CreateClusterParams.class)
abstract class CreateClusterParamsDef {
    /** @return the human-readable name ({@code name}) */
    abstract String name();

    /** @return the plan, e.g. {@code hobby-2} ({@code plan_id}) */
    abstract String planId();

    /** @return the team to create the cluster in; admin on it is required ({@code team_id}) */
    abstract String teamId();

    /** @return the cloud provider: {@code aws}, {@code azure} or {@code gcp} ({@code provider_id}) */
    abstract Optional<String> providerId();

    /** @return the provider region, e.g. {@code us-west-2} ({@code region_id}) */
    abstract Optional<String> regionId();

    /** @return whether to add a standby for fast failover ({@code is_ha}) */
    abstract Optional<Boolean> isHa();

    /** @return storage in GB ({@code storage}) */
    abstract Optional<Integer> storage();

    /** @return the Postgres version; the API's default version when empty ({@code postgres_version_id}) */
    abstract Optional<PostgresVersionRef> postgresVersionId();

    /** @return an existing network to create the cluster in; a new one when empty ({@code network_id}) */
    abstract Optional<String> networkId();

    /** @return the private IPv4 CIDR of the new network ({@code network_cidr4}) */
    abstract Optional<String> networkCidr4();

    /** @return the new network's firewall: {@code allow_all} or {@code deny_all} ({@code firewall_mode}) */
    abstract Optional<String> firewallMode();

    /** @return the UTC hour, 0 to 23, at which maintenance may start ({@code maintenance_window_start}) */
    abstract Optional<Integer> maintenanceWindowStart();

    /** @return the environment, e.g. {@code production} ({@code environment}) */
    abstract Optional<String> environment();

    @Value.Check
    void check() {
        Eids.check(teamId(), "teamId");
        networkId().ifPresent(id -> Eids.check(id, "networkId"));
        ParamChecks.text(name(), "name");
        ParamChecks.text(planId(), "planId");
        ParamChecks.notBoth(networkId(), "networkId", networkCidr4(), "networkCidr4");
        ParamChecks.providerFromNetwork(networkId(), providerId());
        if (firewallMode().isPresent() && networkCidr4().isPresent()) {
            throw new IllegalArgumentException("firewallMode must not be set with networkCidr4");
        }
        ParamChecks.maintenanceWindowStart(maintenanceWindowStart(), false);
        ParamChecks.storage(storage());
    }
}
