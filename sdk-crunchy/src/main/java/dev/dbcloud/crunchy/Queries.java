package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ActivityEndpoints;

/**
 * SQL run on a cluster through the API: {@code /queries}. Get it from {@link CrunchyBridgeClient#queries()}.
 *
 * <pre>{@code
 * Query q = cb.queries().create(CreateQueryParams.builder().clusterId(clusterId).sql("SELECT 1").build());
 * if (q.status().filter(QueryStatus.SUCCEEDED::equals).isPresent()) { q.result().forEach(System.out::println); }
 * }</pre>
 *
 * <p>SQL and rows may hold secrets: the SDK never shows this operation's request or answer in its log lines or
 * exception messages. Each create sends one request with an {@code Idempotency-Key}, the same on every retry.
 */
public final class Queries extends Resource<Queries, Queries.WithRawResponse> {

    Queries(Invoker invoker) {
        super(invoker, Queries::new, WithRawResponse::new);
    }

    /**
     * Runs SQL on a cluster: {@code POST /queries} (201). Without {@code allowWrite} or {@code skipTx} the API runs
     * it in a read-only transaction.
     *
     * @param params the cluster, the SQL and how to run it
     * @return the query, with its rows when it finished
     */
    public Query create(CreateQueryParams params) {
        return withRawResponse().create(params).value();
    }

    /** The operations of {@link Queries} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link Queries#create(CreateQueryParams)}, with the response. */
        public ApiResponse<Query> create(CreateQueryParams params) {
            return send(ActivityEndpoints.CREATE_QUERY.call().body(requireNonNull(params, "params == null")));
        }
    }
}
