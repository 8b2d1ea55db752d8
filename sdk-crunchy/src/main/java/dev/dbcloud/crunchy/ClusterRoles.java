package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
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
public final class ClusterRoles extends Resource<ClusterRoles, ClusterRoles.WithRawResponse> {

    ClusterRoles(Invoker invoker) {
        super(invoker, ClusterRoles::new, WithRawResponse::new);
    }

    /**
     * Lists a cluster's roles, passwords and URIs left out: {@code GET /clusters/{cluster_id}/roles}.
     *
     * @param clusterId the cluster's ID
     * @return the roles
     */
    public List<PostgresRole> list(String clusterId) {
        return withRawResponse().list(clusterId).value();
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
        return withRawResponse().get(clusterId, roleName).value();
    }

    /** The operations of {@link ClusterRoles} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link ClusterRoles#list(String)}, with the response. */
        public ApiResponse<List<PostgresRole>> list(String clusterId) {
            return send(ClusterEndpoints.LIST_ROLES.call(clusterId));
        }

        /** {@link ClusterRoles#get(String, String)}, with the response. */
        public ApiResponse<PostgresRole> get(String clusterId, String roleName) {
            return send(ClusterEndpoints.GET_ROLE.call(clusterId, roleName));
        }
    }
}
