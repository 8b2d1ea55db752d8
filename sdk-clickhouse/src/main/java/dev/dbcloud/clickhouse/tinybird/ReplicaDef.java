package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One replica of a dedicated cluster: {@code {"name": "replica-1", "cpu": 4, "memory_gb": 16, "state":
 * "running"}}. Users see the generated {@link Replica}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Replica.class)
@JsonDeserialize(as = Replica.class)
abstract class ReplicaDef {

    /** @return the replica name ({@code name}), assigned by the server, e.g. {@code replica-2} */
    abstract String name();

    /** @return the number of vCPUs ({@code cpu}) */
    abstract Optional<Integer> cpu();

    /** @return the memory in GB ({@code memory_gb}) */
    abstract Optional<Integer> memoryGb();

    /** @return the replica state ({@code state}), e.g. {@code running} or {@code adding} */
    abstract Optional<ReplicaState> state();
}
