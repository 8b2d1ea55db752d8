package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ListResponses;
import dev.dbcloud.crunchy.internal.Requests;
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
    private final HttpEngine engine;

    PostgresVersions(HttpEngine engine) {
        this.engine = engine;
    }

    /**
     * Lists the versions: {@code GET /postgres-versions}.
     *
     * @return the versions
     */
    public List<PostgresVersion> list() {
        return send(null, RequestOptions.none());
    }

    /**
     * Lists the versions: {@code GET /postgres-versions}.
     *
     * @param options per-call options
     * @return the versions
     */
    public List<PostgresVersion> list(RequestOptions options) {
        return send(null, options);
    }

    /**
     * Lists the versions available to a team: {@code GET /postgres-versions?team_id=}.
     *
     * @param teamId the team's ID
     * @return the versions
     */
    public List<PostgresVersion> list(String teamId) {
        return list(teamId, RequestOptions.none());
    }

    /**
     * Lists the versions available to a team: {@code GET /postgres-versions?team_id=}.
     *
     * @param teamId the team's ID
     * @param options per-call options
     * @return the versions
     */
    public List<PostgresVersion> list(String teamId, RequestOptions options) {
        return send(Eids.check(teamId, "teamId"), options);
    }

    /**
     * Gets a version by its ID or its major version number: {@code GET /postgres-versions/{id}}.
     *
     * @param version e.g. {@code PostgresVersionRef.major(17)} or {@code PostgresVersionRef.id(id)}
     * @return the version
     */
    public PostgresVersion get(PostgresVersionRef version) {
        return get(version, RequestOptions.none());
    }

    /**
     * Gets a version by its ID or its major version number: {@code GET /postgres-versions/{id}}.
     *
     * @param version the version's ID or major version number
     * @param options per-call options
     * @return the version
     */
    public PostgresVersion get(PostgresVersionRef version, RequestOptions options) {
        requireNonNull(version, "version == null");
        return Requests.send(
                        engine,
                        ApiRequest.builder(HttpMethod.GET, "/postgres-versions/{version}", version.toString()),
                        options,
                        PostgresVersion.class)
                .value();
    }

    private List<PostgresVersion> send(String teamId, RequestOptions options) {
        requireNonNull(options, "options == null");
        return ListResponses.items(
                engine,
                ApiRequest.builder(HttpMethod.GET, "/postgres-versions")
                        .query("team_id", teamId)
                        .options(options)
                        .build(),
                new TypeReference<ListResponses.Items<PostgresVersion>>() {});
    }
}
