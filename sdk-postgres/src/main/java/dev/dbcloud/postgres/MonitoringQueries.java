package dev.dbcloud.postgres;

import dev.dbcloud.core.internal.Endpoint;

/**
 * The query strings of the monitoring endpoints, from their parameters: times in RFC 3339 UTC, optional parameters
 * left out when unset, names as the API spells them.
 */
final class MonitoringQueries {
    private MonitoringQueries() {}

    /** {@code from_date}, {@code to_date} and {@code bucket_size_seconds} of {@code …/metrics}. */
    static <T> Endpoint.Call<T> metrics(MetricsParams params, Endpoint.Call<T> call) {
        return window(call, params)
                .query("bucket_size_seconds", params.bucketSizeSeconds().orElse(null));
    }

    /** The window, filters, order and page of {@code …/slowQueryPatterns}. */
    static <T> Endpoint.Call<T> patterns(ListSlowQueryPatternsParams params, Endpoint.Call<T> call) {
        return window(call, params)
                .query("db_name", params.dbName().orElse(null))
                .query("db_user", params.dbUser().orElse(null))
                .query("db_operation", params.dbOperation().orElse(null))
                .query("app", params.app().orElse(null))
                .query("sort_by", params.sortBy().orElse(null))
                .query("sort_order", params.sortOrder().orElse(null))
                .query("limit", params.limit().orElse(null))
                .query("offset", params.offset().orElse(null));
    }

    /** {@code from_date} and {@code to_date} of a window. */
    private static <T> Endpoint.Call<T> window(Endpoint.Call<T> call, TimeWindow window) {
        return call.query("from_date", Rfc3339.format(window.fromDate()))
                .query("to_date", Rfc3339.format(window.toDate()));
    }

    /** The database, user, operation, app and time of {@code …/slowQueryPatterns/{queryId}}. */
    static <T> Endpoint.Call<T> pattern(SlowQueryPatternParams params, Endpoint.Call<T> call) {
        return call.query("db_name", params.dbName())
                .query("db_user", params.dbUser())
                .query("db_operation", params.dbOperation())
                .query("app", params.app().orElse(null))
                .query("timestamp", params.timestamp().map(Rfc3339::format).orElse(null));
    }
}
