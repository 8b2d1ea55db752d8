package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ListResponses;
import java.util.List;

/**
 * The Postgres versions clusters can run: {@code /postgres-versions}. Get it from {@link
 * CrunchyBridgeClient#postgresVersions()}.
 *
 * <pre>{@code
 * PostgresVersion latest = cb.postgresVersions().list().stream()
 *         .filter(PostgresVersion::isDefault).findFirst().orElseThrow();
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
