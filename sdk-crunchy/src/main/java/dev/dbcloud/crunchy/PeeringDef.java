package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A peering between a Crunchy Bridge network and a network of yours ({@code Peering}), routing traffic between them
 * on private addresses. See {@link NetworkPeerings}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Peering.class)
@JsonDeserialize(as = Peering.class)
abstract class PeeringDef {
    /** @return the peering's ID ({@code id}) */
    abstract String id();

    /** @return the state ({@code status}); {@link NetworkPeerings#waitUntilActive} waits for {@code active} */
    abstract PeeringStatus status();

    /** @return the provider's name of the peering connection ({@code name}), if available */
    abstract Optional<String> name();

    /** @return the IPv4 CIDR of the peer ({@code cidr4}), if available */
    abstract Optional<String> cidr4();

    /** @return the Crunchy Bridge network ({@code network_id}) */
    abstract Optional<String> networkId();

    /** @return the provider's identifier of the Crunchy Bridge network ({@code network_identifier}) */
    abstract Optional<String> networkIdentifier();

    /** @return the provider's identifier of your network ({@code peer_identifier}) */
    abstract Optional<String> peerIdentifier();
}
