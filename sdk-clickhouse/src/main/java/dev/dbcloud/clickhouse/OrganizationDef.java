package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ClickHouse Cloud organization (wire schema {@code Organization}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Organization.class)
@JsonDeserialize(as = Organization.class)
abstract class OrganizationDef {
    /**
     * The organization id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * When it was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * The organization's private endpoints (wire {@code privateEndpoints}).
     *
     * @return the value
     */
    abstract List<PrivateEndpoint> privateEndpoints();

    /**
     * Its Bring Your Own Cloud infrastructures (wire {@code byocConfig}).
     *
     * @return the value
     */
    abstract List<ByocConfig> byocConfig();

    /**
     * Whether core dumps are enabled for the organization's services (wire {@code enableCoreDumps}).
     *
     * @return the value
     */
    abstract Optional<Boolean> enableCoreDumps();
}
