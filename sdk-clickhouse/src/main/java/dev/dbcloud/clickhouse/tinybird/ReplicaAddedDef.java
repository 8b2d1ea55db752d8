package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to an add-replica request ({@code POST …/clusters/{cluster}/replicas}): {@code {"cluster_id": "…",
 * "new_replica": {"name": "replica-2", "cpu": 4, "memory_gb": 16, "state": "adding"}, "operation":
 * "replica_add_requested"}}. The replica is created asynchronously; follow it with {@link
 * Clusters#waitUntilIdle(String, java.time.Duration)}. Fields the server leaves out (or a body that is missing or not
 * JSON) are taken from the request (see {@link Clusters}). Users see the generated {@link ReplicaAdded}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ReplicaAdded.class)
@JsonDeserialize(as = ReplicaAdded.class)
abstract class ReplicaAddedDef {

    /** @return the cluster ({@code cluster_id}) */
    abstract String clusterId();

    /** @return the new replica, with its server-assigned name ({@code new_replica}) */
    abstract Optional<Replica> newReplica();

    /** @return the operation started ({@code operation}), e.g. {@code replica_add_requested} */
    abstract Optional<ClusterOperation> operation();
}
