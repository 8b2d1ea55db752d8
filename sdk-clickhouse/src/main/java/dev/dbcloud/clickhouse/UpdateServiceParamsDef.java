package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a service update (wire schema {@code ServicePatchRequest}): only the fields set are sent, and
 * parameters that set none send {@code {}}. Lists are changed by deltas, the API applying {@code remove} before
 * {@code add}.
 *
 * <pre>{@code
 * ch.services().update(serviceId, UpdateServiceParams.builder()
 *     .name("analytics-eu")
 *     .ipAccessList(IpAccessListChanges.builder()
 *         .addAdd(IpAccessEntry.builder().source("198.51.100.7").build())
 *         .addRemove(IpAccessEntry.builder().source("0.0.0.0/0").build())
 *         .build())
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = UpdateServiceParams.class)
@JsonDeserialize(as = UpdateServiceParams.class)
abstract class UpdateServiceParamsDef {
    /**
     * The new name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * IP access list entries to add and remove (wire {@code ipAccessList}).
     *
     * @return the value
     */
    abstract Optional<IpAccessListChanges> ipAccessList();

    /**
     * Private endpoint ids to associate and dissociate (wire {@code privateEndpointIds}).
     *
     * @return the value
     */
    abstract Optional<PrivateEndpointIdChanges> privateEndpointIds();

    /**
     * The new release channel (wire {@code releaseChannel}).
     *
     * @return the value
     */
    abstract Optional<ReleaseChannel> releaseChannel();

    /**
     * Endpoints to enable or disable (wire {@code endpoints}).
     *
     * @return the value
     */
    abstract List<EndpointChange> endpoints();

    /**
     * A Transparent Data Encryption key to rotate to (wire {@code transparentDataEncryptionKeyId}).
     *
     * @return the value
     */
    abstract Optional<String> transparentDataEncryptionKeyId();

    /**
     * Tags to add and remove (wire {@code tags}).
     *
     * @return the value
     */
    abstract Optional<TagChanges> tags();

    /**
     * Whether core dumps are enabled (wire {@code enableCoreDumps}).
     *
     * @return the value
     */
    abstract Optional<Boolean> enableCoreDumps();

    /**
     * The one rule the spec states: a name, when set, is not empty ({@code ServicePatchRequest.name} minLength 1).
     * Parameters that set nothing are allowed and send {@code {}}: neither the spec nor {@code reference/} says the
     * API refuses an empty update.
     */
    @Value.Check
    void check() {
        name().ifPresent(ServiceRules::name);
    }
}
