package dev.dbcloud.crunchy;

import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.crunchy.internal.Eids;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Parameters of {@link MetricViews#get(String, MetricViewParams)}: the cluster and the window, either a named
 * {@code period} or {@code begin} and {@code end} together, and the resolution.
 *
 * <pre>{@code
 * MetricViewParams.builder().clusterId(clusterId).period("24h").resolutionMultiplier(2).build()
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
abstract class MetricViewParamsDef {
    private static final Set<String> PERIODS =
            Set.of("15m", "60m", "1h", "3h", "6h", "12h", "24h", "1d", "7d", "1w", "30d");
    private static final Set<Integer> MULTIPLIERS = Set.of(1, 2, 4, 8);

    /** @return the cluster, a Crunchy Bridge ID ({@code cluster_id}) */
    abstract String clusterId();

    /** @return a named window: 15m, 60m, 1h, 3h, 6h, 12h, 24h, 1d, 7d, 1w or 30d ({@code period}) */
    abstract Optional<String> period();

    /** @return the start of a custom window, with {@link #end()} ({@code begin}) */
    abstract Optional<Instant> begin();

    /** @return the end of a custom window, with {@link #begin()} ({@code end}) */
    abstract Optional<Instant> end();

    /** @return coarser points: 1 (the API's default), 2, 4 or 8 ({@code resolution_multiplier}) */
    abstract Optional<Integer> resolutionMultiplier();

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
