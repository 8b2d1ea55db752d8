package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.crunchy.internal.ListResponses;
import dev.dbcloud.crunchy.internal.Requests;
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
    private final HttpEngine engine;

    ClusterRoles(HttpEngine engine) {
        this.engine = engine;
    }

    /**
     * Lists a cluster's roles, passwords and URIs left out: {@code GET /clusters/{cluster_id}/roles}.
     *
     * @param clusterId the cluster's ID
     * @return the roles
     */
    public List<PostgresRole> list(String clusterId) {
        return list(clusterId, RequestOptions.none());
    }

    /**
     * Lists a cluster's roles: {@code GET /clusters/{cluster_id}/roles}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the roles
     */
    public List<PostgresRole> list(String clusterId, RequestOptions options) {
        requireNonNull(options, "options == null");
        return ListResponses.items(
                engine,
                Requests.cluster(HttpMethod.GET, "/roles", clusterId)
                        .options(options)
                        .build(),
                new TypeReference<ListResponses.Items<PostgresRole>>() {});
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
        return get(clusterId, roleName, RequestOptions.none());
    }

    /**
     * Gets a role: {@code GET /clusters/{cluster_id}/roles/{role_name}}.
     *
     * @param clusterId the cluster's ID
     * @param roleName the role's name
     * @param options per-call options
     * @return the role
     */
    public PostgresRole get(String clusterId, String roleName, RequestOptions options) {
        requireNonNull(roleName, "roleName == null");
        return Requests.send(
                        engine,
                        Requests.cluster(HttpMethod.GET, "/roles/{roleName}", clusterId, roleName),
                        options,
                        PostgresRole.class)
                .value();
    }
}
