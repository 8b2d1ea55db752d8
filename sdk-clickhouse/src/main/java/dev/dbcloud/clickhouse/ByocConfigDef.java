package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Bring Your Own Cloud infrastructure of an organization (wire schema {@code ByocConfig}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ByocConfig.class)
@JsonDeserialize(as = ByocConfig.class)
abstract class ByocConfigDef {
    /**
     * The infrastructure id, used as {@code byocId} when creating services (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * Its state (wire {@code state}).
     *
     * @return the value
     */
    abstract Optional<ByocState> state();

    /**
     * The cloud account name (wire {@code accountName}).
     *
     * @return the value
     */
    abstract Optional<String> accountName();

    /**
     * The region (wire {@code regionId}).
     *
     * @return the value
     */
    abstract Optional<CloudRegion> regionId();

    /**
     * The cloud provider (wire {@code cloudProvider}).
     *
     * @return the value
     */
    abstract Optional<CloudProvider> cloudProvider();

    /**
     * The display name (wire {@code displayName}).
     *
     * @return the value
     */
    abstract Optional<String> displayName();
}
