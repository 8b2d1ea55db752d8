package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;

/**
 * The rules of {@link Cluster}: what {@code ClusterAttributes} does not say about it. The
 * generated {@code ClusterDef} carries its annotations.
 */
abstract class ClusterRules extends ClusterAttributes {

    /**
     * Whether the cluster accepts a new operation: the server reported {@code operation_in_progress=false}, so a
     * rebalance or scaling request can be sent when {@link #canRebalance()} or {@link #canScale()} allows it. False
     * while an operation runs, and also when the server did not report the flag, since the state is then unknown.
     *
     * @return true only when the server said no operation is in progress
     */
    @JsonIgnore
    public boolean isIdle() {
        return operationInProgress().equals(Optional.of(Boolean.FALSE));
    }
}
