package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

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
 * ClusterRoles roles = cb.clusters().roles();
 * PostgresRole app = roles.get(clusterId, "application");
 * String uri = app.uri().orElseThrow();      // toString() shows ****
 *
 * PostgresRole mine = roles.create(clusterId);                      // u_<your account ID>
 * PostgresRole rotated = roles.rotatePassword(clusterId, mine.name());
 * roles.update(clusterId, mine.name(), UpdateRoleParams.builder().flavor(RoleFlavor.READ).build());
 * roles.delete(clusterId, mine.name());
 * }</pre>
 *
 * <p>Passwords and connection URIs reach the caller only in the returned role: {@code toString()}, the SDK's log
 * lines and exception messages show {@code ****} instead, and so does {@link UpdateRoleParams}' verifier. Each
 * method sends one request; creating a role carries an {@code Idempotency-Key}, the same on every retry.
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

    /**
     * Creates the calling account's role on a cluster, named {@code u_<account ID>}: {@code POST
     * /clusters/{cluster_id}/roles} (201). The API takes no parameters; the SDK sends {@code {}}, as Crunchy's
     * own CLI does.
     *
     * @param clusterId the cluster's ID
     * @return the new role, with its password and URI when the API reveals them
     */
    public PostgresRole create(String clusterId) {
        return withRawResponse().create(clusterId).value();
    }

    /**
     * Changes a role's privileges or credentials, or creates the named role: {@code PUT
     * /clusters/{cluster_id}/roles/{role_name}} (201).
     *
     * @param clusterId the cluster's ID
     * @param roleName e.g. {@code application} or {@code u_<account ID>}
     * @param params the changes
     * @return the role, with new credentials when they changed
     */
    public PostgresRole update(String clusterId, String roleName, UpdateRoleParams params) {
        return withRawResponse().update(clusterId, roleName, params).value();
    }

    /**
     * Replaces a role's password with a new random one: {@code PUT /clusters/{cluster_id}/roles/{role_name}} with
     * {@code {"rotate_password": true}}. Clients connected with the old password keep their sessions; new
     * connections need the new one.
     *
     * @param clusterId the cluster's ID
     * @param roleName e.g. {@code application} or {@code u_<account ID>}
     * @return the role with its new password and URI
     */
    public PostgresRole rotatePassword(String clusterId, String roleName) {
        return update(
                clusterId,
                roleName,
                UpdateRoleParams.builder().rotatePassword(true).build());
    }

    /**
     * Deletes a role: {@code DELETE /clusters/{cluster_id}/roles/{role_name}}. Clients using it may lose access.
     * A role already deleted answers {@link dev.dbcloud.core.errors.GoneException} (410).
     *
     * @param clusterId the cluster's ID
     * @param roleName the role
     * @return the deleted role, without password or URI
     */
    public PostgresRole delete(String clusterId, String roleName) {
        return withRawResponse().delete(clusterId, roleName).value();
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

        /** {@link ClusterRoles#create(String)}, with the response. */
        public ApiResponse<PostgresRole> create(String clusterId) {
            return send(ClusterEndpoints.CREATE_ROLE.call(clusterId));
        }

        /** {@link ClusterRoles#update(String, String, UpdateRoleParams)}, with the response. */
        public ApiResponse<PostgresRole> update(String clusterId, String roleName, UpdateRoleParams params) {
            return send(ClusterEndpoints.UPDATE_ROLE
                    .call(clusterId, roleName)
                    .body(requireNonNull(params, "params == null")));
        }

        /** {@link ClusterRoles#delete(String, String)}, with the response. */
        public ApiResponse<PostgresRole> delete(String clusterId, String roleName) {
            return send(ClusterEndpoints.DELETE_ROLE.call(clusterId, roleName));
        }
    }
}
