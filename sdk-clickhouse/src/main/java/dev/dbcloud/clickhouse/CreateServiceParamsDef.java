package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a service creation (wire schema {@code ServicePostRequest}). Only {@code name}, {@code provider}
 * and {@code region} are required; every other field is sent only when set, since the API rejects many of them
 * when sent with default values. The spec's {@code ServicePostRequest} has no {@code required} list; the three
 * required fields are the observed behaviour in {@code reference/clickhouse-cloud.md} §9.6 ("service create really
 * requires only name, provider, region").
 *
 * <pre>{@code
 * CreatedService created = ch.services().create(CreateServiceParams.builder()
 *     .name("analytics")
 *     .provider(CloudProvider.AWS)
 *     .region(CloudRegion.US_EAST_1)
 *     .addIpAccessList(IpAccessEntry.builder().source("203.0.113.0/24").build())
 *     .minReplicaMemoryGb(8)
 *     .maxReplicaMemoryGb(16)
 *     .build());
 * String password = created.password().orElseThrow();   // shown only once
 * }</pre>
 *
 * <p>Restoring a backup is a creation with {@link #backupId()} set, in the region and tier of the original.
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} naming the missing attributes when {@code name},
 * {@code provider} or {@code region} is not set (reference/clickhouse-cloud.md §9.6), or naming the field and the
 * rule when a rule is broken: an empty name (spec: {@code ServicePostRequest.name} minLength 1), {@code numReplicas}
 * together with {@code minReplicas}/{@code maxReplicas} (spec: {@code ServicePostRequest.numReplicas}, "mutually
 * exclusive with minReplicas/maxReplicas"). Numeric limits are left to the server.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = CreateServiceParams.class)
@JsonDeserialize(as = CreateServiceParams.class)
abstract class CreateServiceParamsDef {
    /**
     * The service name, at most 50 characters (wire {@code name}).
     *
     * @return the value
     */
    abstract String name();

    /**
     * The cloud provider (wire {@code provider}).
     *
     * @return the value
     */
    abstract CloudProvider provider();

    /**
     * The region (wire {@code region}).
     *
     * @return the value
     */
    abstract CloudRegion region();

    /**
     * The tier, for organizations that still use tiers (wire {@code tier}).
     *
     * @return the value
     * @deprecated the API marks it deprecated
     */
    @Deprecated
    abstract Optional<ServiceTier> tier();

    /**
     * The IP addresses allowed to connect (wire {@code ipAccessList}).
     *
     * @return the value
     */
    abstract List<IpAccessEntry> ipAccessList();

    /**
     * Minimum memory of three workers in GB, a multiple of 12 (wire {@code minTotalMemoryGb}).
     *
     * @return the value
     * @deprecated the API marks it deprecated
     */
    @Deprecated
    abstract Optional<Integer> minTotalMemoryGb();

    /**
     * Maximum memory of three workers in GB, a multiple of 12 (wire {@code maxTotalMemoryGb}).
     *
     * @return the value
     * @deprecated the API marks it deprecated
     */
    @Deprecated
    abstract Optional<Integer> maxTotalMemoryGb();

    /**
     * Autoscaling mode; the API defaults to vertical (wire {@code autoscalingMode}).
     *
     * @return the value
     */
    abstract Optional<AutoscalingMode> autoscalingMode();

    /**
     * Minimum memory per replica in GB, a multiple of 4, at least 8 (wire {@code minReplicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Integer> minReplicaMemoryGb();

    /**
     * Maximum memory per replica in GB, a multiple of 4 (wire {@code maxReplicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Integer> maxReplicaMemoryGb();

    /**
     * Number of replicas, vertical autoscaling; exclusive with min/max replicas (wire {@code numReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> numReplicas();

    /**
     * Minimum number of replicas, horizontal autoscaling (wire {@code minReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> minReplicas();

    /**
     * Maximum number of replicas, horizontal autoscaling (wire {@code maxReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> maxReplicas();

    /**
     * Whether the service may scale down to zero when idle; the API defaults to true (wire {@code idleScaling}).
     *
     * @return the value
     */
    abstract Optional<Boolean> idleScaling();

    /**
     * Minutes without queries before idling, at least 5 (wire {@code idleTimeoutMinutes}).
     *
     * @return the value
     */
    abstract Optional<Integer> idleTimeoutMinutes();

    /**
     * Whether the service is read-only; requires {@link #dataWarehouseId()} (wire {@code isReadonly}).
     *
     * @return the value
     */
    abstract Optional<Boolean> isReadonly();

    /**
     * The data warehouse to add the service to (wire {@code dataWarehouseId}).
     *
     * @return the value
     */
    abstract Optional<String> dataWarehouseId();

    /**
     * A backup to restore into the new service (wire {@code backupId}).
     *
     * @return the value
     */
    abstract Optional<String> backupId();

    /**
     * A customer-provided disk encryption key (wire {@code encryptionKey}).
     *
     * @return the value
     */
    abstract Optional<String> encryptionKey();

    /**
     * The role to assume for disk encryption (wire {@code encryptionAssumedRoleIdentifier}).
     *
     * @return the value
     */
    abstract Optional<String> encryptionAssumedRoleIdentifier();

    /**
     * Private endpoints to associate; prefer updating the service after creation (wire {@code privateEndpointIds}).
     *
     * @return the value
     * @deprecated the API marks it deprecated
     */
    @Deprecated
    abstract List<String> privateEndpointIds();

    /**
     * Accepts the private preview terms, needed for the first service of a private-preview organization (wire {@code
     * privatePreviewTermsChecked}).
     *
     * @return the value
     */
    abstract Optional<Boolean> privatePreviewTermsChecked();

    /**
     * The release channel (wire {@code releaseChannel}).
     *
     * @return the value
     */
    abstract Optional<ReleaseChannel> releaseChannel();

    /**
     * The Bring Your Own Cloud infrastructure to run on (wire {@code byocId}).
     *
     * @return the value
     */
    abstract Optional<String> byocId();

    /**
     * Enables Transparent Data Encryption; only at creation, ENTERPRISE only (wire {@code
     * hasTransparentDataEncryption}).
     *
     * @return the value
     */
    abstract Optional<Boolean> hasTransparentDataEncryption();

    /**
     * Endpoints to enable or disable (wire {@code endpoints}).
     *
     * @return the value
     */
    abstract List<EndpointChange> endpoints();

    /**
     * The hardware profile, ENTERPRISE only (wire {@code profile}).
     *
     * @return the value
     */
    abstract Optional<ServiceProfile> profile();

    /**
     * The compliance regime (wire {@code complianceType}).
     *
     * @return the value
     */
    abstract Optional<ComplianceType> complianceType();

    /**
     * Tags (wire {@code tags}).
     *
     * @return the value
     */
    abstract List<Tag> tags();

    /**
     * Whether core dumps are enabled (wire {@code enableCoreDumps}).
     *
     * @return the value
     */
    abstract Optional<Boolean> enableCoreDumps();

    /**
     * The rules the spec states: a non-empty name ({@code ServicePostRequest.name} minLength 1) and {@code
     * numReplicas} exclusive with {@code minReplicas}/{@code maxReplicas} ({@code ServicePostRequest.numReplicas}).
     */
    @Value.Check
    void check() {
        ServiceRules.name(name());
        ServiceRules.numReplicasAlone(numReplicas(), minReplicas(), maxReplicas());
    }
}
