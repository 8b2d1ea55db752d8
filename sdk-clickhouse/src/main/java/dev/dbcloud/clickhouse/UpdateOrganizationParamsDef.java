package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Organizations#update(UpdateOrganizationParams)} (wire schema {@code
 * OrganizationPatchRequest}). What is left unset is not sent and keeps its value; parameters that change nothing
 * send {@code {}}.
 *
 * <pre>{@code
 * ch.organizations().update(UpdateOrganizationParams.builder()
 *     .name("Acme analytics")
 *     .enableCoreDumps(false)
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateOrganizationParams.class)
@JsonDeserialize(as = UpdateOrganizationParams.class)
abstract class UpdateOrganizationParamsDef {
    /**
     * The new name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * Private endpoints to remove, or (deprecated) add (wire {@code privateEndpoints}).
     *
     * @return the value
     */
    abstract Optional<OrganizationPrivateEndpointChanges> privateEndpoints();

    /**
     * Whether crash reports (core dumps) are collected for the organization's services (wire {@code
     * enableCoreDumps}); disabled here, no service can enable them.
     *
     * @return the value
     */
    abstract Optional<Boolean> enableCoreDumps();
}
