package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
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
public final class PostgresVersions {
    private final Invoker invoker;
    private final WithRawResponse raw;

    PostgresVersions(Invoker invoker) {
        this.invoker = invoker;
        this.raw = new WithRawResponse(invoker);
    }

    /**
     * This resource with per-call options on every request it sends.
     *
     * @param options the options
     * @return a view of this resource bound to them
     */
    public PostgresVersions withOptions(RequestOptions options) {
        return new PostgresVersions(invoker.withOptions(options));
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
     * Lists the versions: {@code GET /postgres-versions}.
     *
     * @return the versions
     */
    public List<PostgresVersion> list() {
        return raw.list().value();
    }

    /**
     * Lists the versions available to a team: {@code GET /postgres-versions?team_id=}.
     *
     * @param teamId the team's ID
     * @return the versions
     */
    public List<PostgresVersion> list(String teamId) {
        return raw.list(teamId).value();
    }

    /**
     * Gets a version by its ID or its major version number: {@code GET /postgres-versions/{postgres_version_id}}.
     *
     * @param version e.g. {@code PostgresVersionRef.major(17)} or {@code PostgresVersionRef.id(id)}
     * @return the version
     */
    public PostgresVersion get(PostgresVersionRef version) {
        return raw.get(version).value();
    }

    /** The operations of {@link PostgresVersions} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse {
        private final Invoker invoker;

        WithRawResponse(Invoker invoker) {
            this.invoker = invoker;
        }

        /** This raw view bound to per-call options; see {@link PostgresVersions#withOptions(RequestOptions)}. */
        public WithRawResponse withOptions(RequestOptions options) {
            return new WithRawResponse(invoker.withOptions(options));
        }

        /** {@link PostgresVersions#list()}, with the response. */
        public ApiResponse<List<PostgresVersion>> list() {
            return invoker.send(CatalogEndpoints.LIST_POSTGRES_VERSIONS.call());
        }

        /** {@link PostgresVersions#list(String)}, with the response. */
        public ApiResponse<List<PostgresVersion>> list(String teamId) {
            return invoker.send(
                    CatalogEndpoints.LIST_POSTGRES_VERSIONS.call().query("team_id", Eids.check(teamId, "teamId")));
        }

        /** {@link PostgresVersions#get(PostgresVersionRef)}, with the response. */
        public ApiResponse<PostgresVersion> get(PostgresVersionRef version) {
            requireNonNull(version, "version == null");
            return invoker.send(CatalogEndpoints.GET_POSTGRES_VERSION.call(version.toString()));
        }
    }
}
