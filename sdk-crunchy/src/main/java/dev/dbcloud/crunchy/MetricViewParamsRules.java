package dev.dbcloud.crunchy;

import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.crunchy.internal.Eids;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The rules of {@link MetricViewParams}: what {@code MetricViewParamsAttributes} does not say about it. The
 * generated {@code MetricViewParamsDef} carries its annotations.
 */
abstract class MetricViewParamsRules extends MetricViewParamsAttributes {
    private static final Set<String> PERIODS =
            Set.of("15m", "60m", "1h", "3h", "6h", "12h", "24h", "1d", "7d", "1w", "30d");
    private static final Set<Integer> MULTIPLIERS = Set.of(1, 2, 4, 8);

    /** Refuses a cluster ID that is not an EID, an unknown period or multiplier, and mixed or half windows. */
    @Value.Check
    void check() {
        Eids.check(clusterId(), "clusterId");
        period().filter(p -> !PERIODS.contains(p)).ifPresent(p -> {
            throw new IllegalArgumentException(
                    "period must be one of 15m, 60m, 1h, 3h, 6h, 12h, 24h, 1d, 7d, 1w, 30d but was \"" + p + "\"");
        });
        if (period().isPresent() && (begin().isPresent() || end().isPresent())) {
            throw new IllegalArgumentException("period must not be set with begin or end");
        }
        if (begin().isPresent() != end().isPresent()) {
            throw new IllegalArgumentException("begin and end must be set together");
        }
        resolutionMultiplier().filter(m -> !MULTIPLIERS.contains(m)).ifPresent(m -> {
            throw new IllegalArgumentException("resolutionMultiplier must be 1, 2, 4 or 8 but was " + m);
        });
    }

    /**
     * Binds the parameters to the query of the request.
     *
     * @param call the request
     * @param <T> its result
     * @return the request with the parameters
     */
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        return call.query("cluster_id", clusterId())
                .query("period", period().orElse(null))
                .query("begin", begin().orElse(null))
                .query("end", end().orElse(null))
                .query("resolution_multiplier", resolutionMultiplier().orElse(null));
    }
}
