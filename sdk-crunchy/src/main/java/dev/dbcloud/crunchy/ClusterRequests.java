package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.internal.Invoker;
import java.time.Instant;
import java.util.Map;

/**
 * What {@link Clusters} checks or composes before sending a single request: the fork's point in time and the body
 * of a restart of one service.
 */
final class ClusterRequests {
    private ClusterRequests() {}

    /**
     * Refuses a fork whose {@code targetTime} is in the future by the client's clock, before anything is sent.
     *
     * @param invoker the view's invoker, for the clock
     * @param clusterId the cluster to fork, checked by the endpoint
     * @param params the fork
     */
    static void checkFork(Invoker invoker, String clusterId, ForkClusterParams params) {
        requireNonNull(params, "params == null");
        Instant now = invoker.settings().clock().instant();
        params.targetTime().filter(target -> target.isAfter(now)).ifPresent(target -> {
            throw new IllegalArgumentException(
                    "targetTime " + target + " is in the future (now is " + now + "); omit it to fork now");
        });
    }

    /**
     * The body of a restart of one service: {@code {"service": …}}.
     *
     * @param service {@code postgres} or {@code server}
     * @return the body
     * @throws IllegalArgumentException if the service is neither
     */
    static Map<String, String> restartBody(RestartService service) {
        if (!service.isKnown()) {
            throw new IllegalArgumentException(
                    "service must be postgres or server but was \"" + service.value() + "\"");
        }
        return Map.of("service", service.value());
    }
}
