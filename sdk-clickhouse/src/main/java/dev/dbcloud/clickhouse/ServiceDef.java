package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ClickHouse Cloud service (wire schema {@code Service}), as returned by get, list, update, state and scaling
 * calls. Every field of the current API reference is readable; fields the API may omit are {@link Optional} or
 * empty lists, and fields the API deprecated stay readable as {@code @Deprecated} accessors.
 *
 * <pre>{@code
 * Service s = ch.services().get(serviceId);
 * if (s.state() == ServiceState.RUNNING) {
 *     s.endpoints().forEach(e -> System.out.println(e.host().orElse("?") + ":" + e.port().orElse(0)));
 * }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Service.class)
@JsonDeserialize(as = Service.class)
abstract class ServiceDef implements ScalingSettings {
    /**
     * The service id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The name (wire {@code name}); empty when the response leaves it out.
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The cloud provider (wire {@code provider}).
     *
     * @return the value
     */
    abstract Optional<CloudProvider> provider();

    /**
     * The region (wire {@code region}).
     *
     * @return the value
     */
    abstract Optional<CloudRegion> region();

    /**
     * The lifecycle state (wire {@code state}).
     *
     * @return the value
     */
    abstract ServiceState state();

    /**
     * The ClickHouse version (wire {@code clickhouseVersion}).
     *
     * @return the value
     */
    abstract Optional<String> clickhouseVersion();

    /**
     * The endpoints to connect to (wire {@code endpoints}).
     *
     * @return the value
     */
    abstract List<ServiceEndpoint> endpoints();

    /**
     * The tier; deprecated for BASIC, SCALE and ENTERPRISE organizations (wire {@code tier}).
     *
     * @return the value
     * @deprecated kept readable for older services; the API marks it deprecated
     */
    @Deprecated
    abstract Optional<ServiceTier> tier();

    /**
     * Minimum memory of three workers in GB; deprecated, inaccurate with a non-default replica count (wire {@code
     * minTotalMemoryGb}).
     *
     * @return the value
     * @deprecated kept readable for older services; the API marks it deprecated
     */
    @Deprecated
    abstract Optional<Integer> minTotalMemoryGb();

    /**
     * Maximum memory of three workers in GB; deprecated, inaccurate with a non-default replica count (wire {@code
     * maxTotalMemoryGb}).
     *
     * @return the value
     * @deprecated kept readable for older services; the API marks it deprecated
     */
    @Deprecated
    abstract Optional<Integer> maxTotalMemoryGb();

    /**
     * Number of replicas, vertical autoscaling (wire {@code numReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> numReplicas();

    /**
     * Fixed memory per replica in GB, horizontal autoscaling (wire {@code replicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Integer> replicaMemoryGb();

    /**
     * The IP addresses allowed to connect (wire {@code ipAccessList}).
     *
     * @return the value
     */
    abstract List<IpAccessEntry> ipAccessList();

    /**
     * When it was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * The customer-provided disk encryption key (wire {@code encryptionKey}).
     *
     * @return the value
     */
    abstract Optional<String> encryptionKey();

    /**
     * The role assumed for disk encryption (wire {@code encryptionAssumedRoleIdentifier}).
     *
     * @return the value
     */
    abstract Optional<String> encryptionAssumedRoleIdentifier();

    /**
     * The IAM role the service uses to reach cloud resources (wire {@code iamRole}).
     *
     * @return the value
     */
    abstract Optional<String> iamRole();

    /**
     * Private endpoints associated with the service (wire {@code privateEndpointIds}).
     *
     * @return the value
     */
    abstract List<String> privateEndpointIds();

    /**
     * Private endpoints of the organization that may be associated (wire {@code availablePrivateEndpointIds}).
     *
     * @return the value
     */
    abstract List<String> availablePrivateEndpointIds();

    /**
     * The data warehouse the service belongs to (wire {@code dataWarehouseId}).
     *
     * @return the value
     */
    abstract Optional<String> dataWarehouseId();

    /**
     * Whether this is the primary service of its data warehouse (wire {@code isPrimary}; the older reference sends it
     * as the string {@code "true"}, which is accepted).
     *
     * @return the value
     */
    abstract Optional<Boolean> isPrimary();

    /**
     * Whether the service is read-only (wire {@code isReadonly}).
     *
     * @return the value
     */
    abstract Optional<Boolean> isReadonly();

    /**
     * The release channel (wire {@code releaseChannel}).
     *
     * @return the value
     */
    abstract Optional<ReleaseChannel> releaseChannel();

    /**
     * The Bring Your Own Cloud infrastructure it runs on (wire {@code byocId}).
     *
     * @return the value
     */
    abstract Optional<String> byocId();

    /**
     * Whether Transparent Data Encryption is enabled (wire {@code hasTransparentDataEncryption}).
     *
     * @return the value
     */
    abstract Optional<Boolean> hasTransparentDataEncryption();

    /**
     * The hardware profile, ENTERPRISE only (wire {@code profile}).
     *
     * @return the value
     */
    abstract Optional<ServiceProfile> profile();

    /**
     * The Transparent Data Encryption key (wire {@code transparentDataEncryptionKeyId}).
     *
     * @return the value
     */
    abstract Optional<String> transparentDataEncryptionKeyId();

    /**
     * The IAM role used for encryption (wire {@code encryptionRoleId}).
     *
     * @return the value
     */
    abstract Optional<String> encryptionRoleId();

    /**
     * The compliance regime (wire {@code complianceType}).
     *
     * @return the value
     */
    abstract Optional<ComplianceType> complianceType();

    /**
     * The tags (wire {@code tags}).
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
     * The scaling schedule (wire {@code scalingSchedule}).
     *
     * @return the value
     */
    abstract Optional<ScalingSchedule> scalingSchedule();

    /**
     * The scaling currently in effect (wire {@code currentScaling}).
     *
     * @return the value
     */
    abstract Optional<CurrentScaling> currentScaling();
}
