package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.CatalogEndpoints;
import dev.dbcloud.crunchy.internal.Eids;
import java.util.List;

/**
 * The Postgres versions clusters can run: {@code /postgres-versions}. Get it from {@link
 * CrunchyBridgeClient#postgresVersions()}.
 *
 * <pre>{@code
 * PostgresVersion latest = cb.postgresVersions().list().stream()
 *         .filter(PostgresVersion::isDefault).findFirst().orElseThrow();
 * PostgresVersion pg17 = cb.postgresVersions().get(PostgresVersionRef.major(17));
 * }</pre>
 */
public final class PostgresVersions extends Resource<PostgresVersions, PostgresVersions.WithRawResponse> {

    PostgresVersions(Invoker invoker) {
        super(invoker, PostgresVersions::new, WithRawResponse::new);
    }

    /**
     * Lists the versions: {@code GET /postgres-versions}.
     *
     * @return the versions
     */
    public List<PostgresVersion> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists the versions available to a team: {@code GET /postgres-versions?team_id=}.
     *
     * @param teamId the team's ID
     * @return the versions
     */
    public List<PostgresVersion> list(String teamId) {
        return withRawResponse().list(teamId).value();
    }

    /**
     * Gets a version by its ID or its major version number: {@code GET /postgres-versions/{postgres_version_id}}.
     *
     * @param version e.g. {@code PostgresVersionRef.major(17)} or {@code PostgresVersionRef.id(id)}
     * @return the version
     */
    public PostgresVersion get(PostgresVersionRef version) {
        return withRawResponse().get(version).value();
    }

    /** The operations of {@link PostgresVersions} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link PostgresVersions#list()}, with the response. */
        public ApiResponse<List<PostgresVersion>> list() {
            return send(CatalogEndpoints.LIST_POSTGRES_VERSIONS.call());
        }

        /** {@link PostgresVersions#list(String)}, with the response. */
        public ApiResponse<List<PostgresVersion>> list(String teamId) {
            return send(CatalogEndpoints.LIST_POSTGRES_VERSIONS.call().query("team_id", Eids.check(teamId, "teamId")));
        }

        /** {@link PostgresVersions#get(PostgresVersionRef)}, with the response. */
        public ApiResponse<PostgresVersion> get(PostgresVersionRef version) {
            requireNonNull(version, "version == null");
            return send(CatalogEndpoints.GET_POSTGRES_VERSION.call(version.toString()));
        }
    }
}
