package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One ongoing operation on a cluster ({@code ClusterOperation}): an upgrade, a resize, an HA change or
 * maintenance, and how far it got.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterOperation.class)
@JsonDeserialize(as = ClusterOperation.class)
abstract class ClusterOperationDef {
    /** @return the kind of operation ({@code flavor}) */
    abstract Optional<OperationFlavor> flavor();

    /** @return its state ({@code state}) */
    abstract OperationState state();

    /** @return when a scheduled operation starts ({@code starting_from}), if scheduled */
    abstract Optional<Instant> startingFrom();
}
