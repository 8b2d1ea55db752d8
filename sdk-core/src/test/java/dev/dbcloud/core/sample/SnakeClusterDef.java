package dev.dbcloud.core.sample;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.Patch;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A model declared the way the snake_case API modules declare theirs (package-private definition, public
 * generated type), used from another package to prove the style works for them.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = SnakeCluster.class)
@JsonDeserialize(as = SnakeCluster.class)
abstract class SnakeClusterDef {
    abstract String teamId();

    abstract Optional<Integer> maintenanceWindowStart();

    abstract boolean isHa();

    @Value.Redacted
    abstract Optional<String> connectionUrl();

    @Value.Default
    Patch<String> environment() {
        return Patch.absent();
    }
}
