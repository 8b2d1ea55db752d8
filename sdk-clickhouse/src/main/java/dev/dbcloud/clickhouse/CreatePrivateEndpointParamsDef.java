package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a private endpoint creation for a service (wire schema {@code ServicPrivateEndpointePostRequest},
 * spelled so in the spec): the cloud endpoint id and an optional description.
 *
 * <pre>{@code
 * ch.services().createPrivateEndpoint(serviceId, CreatePrivateEndpointParams.builder()
 *     .id("vpce-0123456789abcdef0")
 *     .description("prod VPC")
 *     .build());
 * }</pre>
 *
 * <p>Nothing is refused before sending: the spec's {@code ServicPrivateEndpointePostRequest} has no {@code
 * required} list, and {@code reference/} documents no rule, so a request without an id is the server's to answer.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = CreatePrivateEndpointParams.class)
@JsonDeserialize(as = CreatePrivateEndpointParams.class)
abstract class CreatePrivateEndpointParamsDef {
    /**
     * The cloud private endpoint identifier, e.g. {@code vpce-…} (wire {@code id}).
     *
     * @return the value
     */
    abstract Optional<String> id();

    /**
     * A description (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();
}
