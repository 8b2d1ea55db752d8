package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service's query API endpoint (wire schema {@code ServiceQueryAPIEndpoint}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ServiceQueryEndpoint.class)
@JsonDeserialize(as = ServiceQueryEndpoint.class)
abstract class ServiceQueryEndpointDef {
    /**
     * The endpoint id (wire {@code id}).
     *
     * @return the value
     */
    abstract Optional<String> id();

    /**
     * The API key ids allowed to use it (wire {@code openApiKeys}).
     *
     * @return the value
     */
    abstract List<String> openApiKeys();

    /**
     * The roles queries run with (wire {@code roles}).
     *
     * @return the value
     */
    abstract List<QueryEndpointRole> roles();

    /**
     * Allowed origins, a comma-separated list of domains (wire {@code allowedOrigins}).
     *
     * @return the value
     */
    abstract Optional<String> allowedOrigins();
}
