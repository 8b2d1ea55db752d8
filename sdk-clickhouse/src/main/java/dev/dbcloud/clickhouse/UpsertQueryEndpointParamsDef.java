package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body that creates or replaces a service's query API endpoint (wire schema {@code
 * InstanceServiceQueryApiEndpointsPostRequest}). The endpoint is replaced as a whole, so both lists are always
 * sent: an empty {@code openApiKeys} leaves no key allowed.
 *
 * <pre>{@code
 * ch.services().upsertQueryEndpoint(serviceId, UpsertQueryEndpointParams.builder()
 *     .addRoles(QueryEndpointRole.SQL_CONSOLE_READ_ONLY)
 *     .addOpenApiKeys(keyId)
 *     .allowedOrigins("example.com")
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpsertQueryEndpointParams.class)
@JsonDeserialize(as = UpsertQueryEndpointParams.class)
abstract class UpsertQueryEndpointParamsDef {
    /**
     * The roles queries run with (wire {@code roles}).
     *
     * @return the value
     */
    abstract List<QueryEndpointRole> roles();

    /**
     * The API key ids allowed to use the endpoint (wire {@code openApiKeys}).
     *
     * @return the value
     */
    abstract List<String> openApiKeys();

    /**
     * Allowed origins, a comma-separated list of domains (wire {@code allowedOrigins}).
     *
     * @return the value
     */
    abstract Optional<String> allowedOrigins();
}
