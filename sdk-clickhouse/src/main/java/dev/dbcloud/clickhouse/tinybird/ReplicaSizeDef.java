package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A replica shape a provider offers: {@code {"name": "4-16", "cpu": 4, "memory_gb": 16}}. Its {@link #name()} is
 * what an add-replica request's {@code replica_size} takes. Users see the generated {@link ReplicaSize}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ReplicaSize.class)
@JsonDeserialize(as = ReplicaSize.class)
abstract class ReplicaSizeDef {

    /** @return the size in {@code <cpu>-<memory_gb>} form ({@code name}), e.g. {@code 4-16} */
    abstract String name();

    /** @return the number of vCPUs ({@code cpu}), empty when the response leaves it out */
    abstract Optional<Integer> cpu();

    /** @return the memory in GB ({@code memory_gb}), empty when the response leaves it out */
    abstract Optional<Integer> memoryGb();
}
