package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ByocInfrastructures#update(String, UpdateByocInfrastructureParams)} (wire schema {@code
 * ByocInfrastructurePatchRequest}): only what is set changes.
 *
 * <pre>{@code
 * ch.organizations().byocInfrastructure().update(infraId,
 *     UpdateByocInfrastructureParams.builder().displayName("eu-prod-2").build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateByocInfrastructureParams.class)
@JsonDeserialize(as = UpdateByocInfrastructureParams.class)
abstract class UpdateByocInfrastructureParamsDef {
    /**
     * The new human-readable name (wire {@code displayName}).
     *
     * @return the value
     */
    abstract Optional<String> displayName();
}
