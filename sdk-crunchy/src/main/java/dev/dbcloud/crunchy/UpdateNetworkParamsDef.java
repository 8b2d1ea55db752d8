package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Networks#update(String, UpdateNetworkParams)} ({@code NetworkUpdateRequest}); a field left
 * empty is not sent and stays as it is.
 *
 * <pre>{@code
 * UpdateNetworkParams.builder().name("production-network").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = UpdateNetworkParams.class)
@JsonDeserialize(as = UpdateNetworkParams.class)
abstract class UpdateNetworkParamsDef {
    /** @return the new human-readable name ({@code name}) */
    abstract Optional<String> name();
}
