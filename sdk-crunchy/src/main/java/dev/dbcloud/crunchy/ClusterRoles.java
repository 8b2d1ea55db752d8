package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterEndpoints;
import java.util.List;

/**
 * Postgres roles of a cluster: {@code /clusters/{cluster_id}/roles}. Get it from {@link Clusters#roles()}.
 *
 * <pre>{@code
 * PostgresRole app = cb.clusters().roles().get(clusterId, "application");
 * String uri = app.uri().orElseThrow();      // toString() shows ****
 * }</pre>
 */
public final class ClusterRoles {
    private final Invoker invoker;
    private final WithRawResponse raw;

    ClusterRoles(Invoker invoker) {
        this.invoker = invoker;
        this.raw = new WithRawResponse(invoker);
    }

    /**
     * This resource with per-call options on every request it sends.
     *
     * @param options the options
     * @return a view of this resource bound to them
     */
    public ClusterRoles withOptions(RequestOptions options) {
        return new ClusterRoles(invoker.withOptions(options));
    }

    /**
     * The same operations returning the whole {@link ApiResponse}.
     *
     * @return the raw view, with this view's options
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Lists a cluster's roles, passwords and URIs left out: {@code GET /clusters/{cluster_id}/roles}.
     *
     * @param clusterId the cluster's ID
     * @return the roles
     */
    public List<PostgresRole> list(String clusterId) {
        return raw.list(clusterId).value();
    }

    /**
     * Gets a role, with its password and URI when the caller may see them: {@code GET
     * /clusters/{cluster_id}/roles/{role_name}}.
     *
     * @param clusterId the cluster's ID
     * @param roleName e.g. {@code application}, {@code postgres} or {@code u_<account ID>}
     * @return the role
     */
    public PostgresRole get(String clusterId, String roleName) {
        return raw.get(clusterId, roleName).value();
    }

    /** The operations of {@link ClusterRoles} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse {
        private final Invoker invoker;

        WithRawResponse(Invoker invoker) {
            this.invoker = invoker;
        }

        /** This raw view bound to per-call options; see {@link ClusterRoles#withOptions(RequestOptions)}. */
        public WithRawResponse withOptions(RequestOptions options) {
            return new WithRawResponse(invoker.withOptions(options));
        }

        /** {@link ClusterRoles#list(String)}, with the response. */
        public ApiResponse<List<PostgresRole>> list(String clusterId) {
            return invoker.send(ClusterEndpoints.LIST_ROLES.call(clusterId));
        }

        /** {@link ClusterRoles#get(String, String)}, with the response. */
        public ApiResponse<PostgresRole> get(String clusterId, String roleName) {
            return invoker.send(ClusterEndpoints.GET_ROLE.call(clusterId, roleName));
        }
    }
}
