package dev.dbcloud.crunchy.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dbcloud.core.internal.PageSlice;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.ClusterBackup;
import dev.dbcloud.crunchy.Network;
import dev.dbcloud.crunchy.PostgresRole;
import dev.dbcloud.crunchy.PostgresVersion;
import dev.dbcloud.crunchy.Provider;
import dev.dbcloud.crunchy.Team;
import java.util.List;

/** The list envelopes of the Crunchy Bridge API: a plural key, and for paged lists {@code has_more}/{@code next_cursor}. */
public final class ListResponses {
    private ListResponses() {}

    /**
     * {@code GET /clusters}.
     *
     * @param clusters the page's clusters
     * @param hasMore whether more pages follow
     * @param nextCursor the next page's cursor
     */
    public record Clusters(
            @JsonProperty("clusters") List<Cluster> clusters,
            @JsonProperty("has_more") boolean hasMore,
            @JsonProperty("next_cursor") String nextCursor) {
        /** @return the page slice */
        public PageSlice<Cluster> slice() {
            return new PageSlice<>(clusters, hasMore, nextCursor);
        }
    }

    /**
     * {@code GET /teams}.
     *
     * @param teams the page's teams
     * @param hasMore whether more pages follow
     * @param nextCursor the next page's cursor
     */
    public record Teams(
            @JsonProperty("teams") List<Team> teams,
            @JsonProperty("has_more") boolean hasMore,
            @JsonProperty("next_cursor") String nextCursor) {
        /** @return the page slice */
        public PageSlice<Team> slice() {
            return new PageSlice<>(teams, hasMore, nextCursor);
        }
    }

    /**
     * {@code GET /networks}.
     *
     * @param networks the page's networks
     * @param hasMore whether more pages follow
     * @param nextCursor the next page's cursor
     */
    public record Networks(
            @JsonProperty("networks") List<Network> networks,
            @JsonProperty("has_more") boolean hasMore,
            @JsonProperty("next_cursor") String nextCursor) {
        /** @return the page slice */
        public PageSlice<Network> slice() {
            return new PageSlice<>(networks, hasMore, nextCursor);
        }
    }

    /**
     * {@code GET /clusters/{id}/backups}.
     *
     * @param backups the backups
     */
    public record Backups(@JsonProperty("backups") List<ClusterBackup> backups) {}

    /**
     * {@code GET /clusters/{id}/roles}.
     *
     * @param roles the roles
     */
    public record Roles(@JsonProperty("roles") List<PostgresRole> roles) {}

    /**
     * {@code GET /providers}.
     *
     * @param providers the providers
     */
    public record Providers(@JsonProperty("providers") List<Provider> providers) {}

    /**
     * {@code GET /postgres-versions}.
     *
     * @param postgresVersions the versions
     */
    public record PostgresVersions(
            @JsonProperty("postgres_versions") List<PostgresVersion> postgresVersions) {}
}
