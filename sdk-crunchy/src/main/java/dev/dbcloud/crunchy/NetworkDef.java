package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A provider network shared by one or more clusters of a team ({@code Network}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Network.class)
@JsonDeserialize(as = Network.class)
abstract class NetworkDef {
    /** @return the network's ID ({@code id}) */
    abstract String id();

    /** @return the name ({@code name}) */
    abstract Optional<String> name();

    /** @return the IPv4 CIDR ({@code cidr4}); may be empty early in creation */
    abstract Optional<String> cidr4();

    /** @return the cloud provider ({@code provider_id}) */
    abstract Optional<String> providerId();

    /** @return the provider region; GCP may say {@code global} ({@code region_id}) */
    abstract Optional<String> regionId();

    /** @return the owning team ({@code team_id}) */
    abstract Optional<String> teamId();
}
