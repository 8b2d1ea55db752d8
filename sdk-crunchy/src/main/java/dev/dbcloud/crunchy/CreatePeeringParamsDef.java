package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * The body of {@link NetworkPeerings#create(String, CreatePeeringParams)} ({@code PeeringCreateRequest}).
 *
 * <pre>{@code
 * CreatePeeringParams.builder().peerIdentifier("vpc-0123456789abcdef0").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = CreatePeeringParams.class)
@JsonDeserialize(as = CreatePeeringParams.class)
abstract class CreatePeeringParamsDef {
    /** @return the provider's identifier of the network of yours to peer with ({@code peer_identifier}) */
    abstract String peerIdentifier();
}
