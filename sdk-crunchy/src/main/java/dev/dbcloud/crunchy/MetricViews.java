package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ActivityEndpoints;
import dev.dbcloud.crunchy.internal.ParamChecks;

/**
 * A cluster's metrics: {@code /metric-views/{name}}. Get it from {@link CrunchyBridgeClient#metricViews()}.
 *
 * <pre>{@code
 * MetricView cpu = cb.metricViews().get("cpu", MetricViewParams.builder().clusterId(clusterId).period("1h").build());
 * }</pre>
 *
 * <p>The views are {@code cpu}, {@code disk-usage}, {@code iops}, {@code load-average}, {@code memory}, {@code
 * network-usage}, {@code pgbouncer-client-connections}, {@code pgbouncer-network-usage}, {@code
 * pgbouncer-performance}, {@code pgbouncer-server-connections}, {@code postgres-connections} and {@code
 * replication-lag}. Each method sends one request.
 */
public final class MetricViews extends Resource<MetricViews, MetricViews.WithRawResponse> {

    MetricViews(Invoker invoker) {
        super(invoker, MetricViews::new, WithRawResponse::new);
    }

    /**
     * Gets a metric view of a cluster: {@code GET /metric-views/{name}}.
     *
     * @param name the view, e.g. {@code cpu}; not blank
     * @param params the cluster, window and resolution
     * @return the view's series
     */
    public MetricView get(String name, MetricViewParams params) {
        return withRawResponse().get(name, params).value();
    }

    /** The operations of {@link MetricViews} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link MetricViews#get(String, MetricViewParams)}, with the response. */
        public ApiResponse<MetricView> get(String name, MetricViewParams params) {
            ParamChecks.text(name, "name");
            return send(requireNonNull(params, "params == null").bind(ActivityEndpoints.GET_METRIC_VIEW.call(name)));
        }
    }
}
