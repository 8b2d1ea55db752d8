package dev.dbcloud.clickhouse.tinybird;

import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.core.internal.Waiter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cluster waiters. Tinybird has no read of a single cluster, so each waiter is declared on the cluster list
 * read as the one cluster awaited ({@link ClusterLookup}); a cluster that vanishes ends the wait with {@link
 * ClusterNotFoundException} as the cause.
 */
final class ClusterWaiters {
    private ClusterWaiters() {}

    /**
     * Waits until no operation is in progress on the cluster; see {@link Clusters#waitUntilIdle(String, Duration)}.
     * Sends {@code GET /v0/organizations/{org}/clusters} once per poll.
     */
    static Cluster idle(Invoker invoker, String organizationId, String clusterId, Duration timeout) {
        Checks.notBlank(clusterId, "clusterId");
        Waiter<Cluster> idle = Waiter.on(
                        ClusterLookup.endpoint(organizationId, clusterId),
                        "cluster " + clusterId.replace("%", "%%") + " to have no operation in progress")
                .successWhen(Cluster::isIdle)
                .describeWith(ClusterWaiters::describe)
                .build();
        return idle.await(invoker, timeout, organizationId);
    }

    private static String describe(Cluster cluster) {
        Map<String, String> states = new LinkedHashMap<>();
        cluster.replicas()
                .forEach((name, replica) -> states.put(
                        name, replica.state().map(ReplicaState::value).orElse("?")));
        return "operation_in_progress="
                + cluster.operationInProgress().map(String::valueOf).orElse("unknown") + ", replicas " + states
                + cluster.error()
                        .filter(error -> !error.isBlank())
                        .map(error -> ", error " + error)
                        .orElse("");
    }
}
