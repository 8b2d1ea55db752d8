package dev.dbcloud.crunchy;

import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.crunchy.internal.CrunchyDialect;
import java.util.Set;

/**
 * The client of the Crunchy Bridge platform API ({@code https://api.crunchybridge.com}). Create one per
 * application and share it: it is thread-safe and holds a connection pool. Close it when done.
 *
 * <pre>{@code
 * try (CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
 *         .credentials(Credentials.bearer(apiKey))      // a cbkey_… API key or an access token
 *         .build()) {                                    // or CrunchyBridgeClient.fromEnv()
 *     for (Cluster c : cb.clusters().list(ListClustersParams.builder().teamId(team).build()).autoPager()) {
 *         System.out.println(c.id() + " " + c.name().orElse("?"));
 *     }
 * }
 * }</pre>
 *
 * <p>Resources: {@link #clusters()} (with replicas, upgrades, backups and roles), {@link #providers()}, {@link
 * #postgresVersions()}, {@link #teams()} and {@link #networks()}. Every POST and PATCH carries an {@code
 * Idempotency-Key}, the same on each retry, so creates and updates are retried safely; 429 answers are retried
 * after their {@code Retry-After}.
 */
public final class CrunchyBridgeClient implements AutoCloseable {
    /** The production API root. */
    public static final String DEFAULT_BASE_URL = "https://api.crunchybridge.com";

    private final HttpEngine engine;
    private final Clusters clusters;
    private final Providers providers;
    private final PostgresVersions postgresVersions;
    private final Teams teams;
    private final Networks networks;

    private CrunchyBridgeClient(HttpEngine engine) {
        this.engine = engine;
        this.clusters = new Clusters(engine);
        this.providers = new Providers(engine);
        this.postgresVersions = new PostgresVersions(engine);
        this.teams = new Teams(engine);
        this.networks = new Networks(engine);
    }

    /**
     * Starts configuring a client.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a client from the environment variables Crunchy's own tools read: the API key from {@code
     * CB_API_KEY} (bridge-cli) or else {@code APPLICATION_SECRET} (Terraform provider); the base URL from {@code
     * BRIDGE_API_URL}, else {@code CB_HOST} (a bare host name such as {@code api.example.com} gets {@code https://}
     * in front; a value that already names a scheme, such as {@code https://api.example.com}, is used as is), else
     * {@link #DEFAULT_BASE_URL}.
     *
     * @return the client
     * @throws IllegalStateException if no API key variable is set
     */
    public static CrunchyBridgeClient fromEnv() {
        return Builder.fromEnvironment(Environment.system()).build();
    }

    /**
     * Clusters and their whole lifecycle at {@code /clusters}: list, create, get, update, fork and destroy;
     * restart, suspend, resume, high availability and backups on demand; {@link Clusters#waitUntilReady}; and,
     * under it, each cluster's replicas, upgrades, backups and Postgres roles.
     *
     * @return the clusters resource, the same instance on every call
     */
    public Clusters clusters() {
        return clusters;
    }

    /**
     * The cloud providers at {@code /providers}, each with its plans (sizes and prices) and regions: where the
     * {@code providerId}, {@code planId} and {@code regionId} of a new cluster come from.
     *
     * @return the providers resource, the same instance on every call
     */
    public Providers providers() {
        return providers;
    }

    /**
     * The Postgres versions at {@code /postgres-versions}, listed or looked up by ID or major version, to choose
     * the version a cluster is created with or upgraded to.
     *
     * @return the Postgres versions resource, the same instance on every call
     */
    public PostgresVersions postgresVersions() {
        return postgresVersions;
    }

    /**
     * The teams the caller belongs to at {@code /teams}, listed or read one by one: every cluster and network
     * belongs to a team, and its ID scopes lists and creates.
     *
     * @return the teams resource, the same instance on every call
     */
    public Teams teams() {
        return teams;
    }

    /**
     * The networks clusters are placed in at {@code /networks}, listed or read one by one, for the {@code
     * networkId} of a new cluster.
     *
     * @return the networks resource, the same instance on every call
     */
    public Networks networks() {
        return networks;
    }

    /**
     * Releases the threads and connections the client created; a caller's OkHttp client stays open. Calls made
     * afterwards fail with {@link IllegalStateException}.
     */
    @Override
    public void close() {
        engine.close();
    }

    /** Configures a {@link CrunchyBridgeClient}; credentials are required. */
    public static final class Builder extends ClientBuilder<Builder> {
        private Builder() {
            super(DEFAULT_BASE_URL);
        }

        static Builder fromEnvironment(Environment env) {
            Builder builder =
                    new Builder().credentials(Credentials.bearer(env.require("CB_API_KEY", "APPLICATION_SECRET")));
            env.first("BRIDGE_API_URL").or(() -> env.firstUrl("CB_HOST")).ifPresent(builder::baseUrl);
            return builder;
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalStateException if no credentials were set
         * @throws IllegalArgumentException if the base URL is invalid or the credentials are not a bearer token
         */
        public CrunchyBridgeClient build() {
            return new CrunchyBridgeClient(HttpEngine.create(resolve(), CrunchyDialect.INSTANCE));
        }

        /** Checks the settings and resolves them; {@link #build()} creates the engine from the result. */
        ClientSettings resolve() {
            return settingsWithCredentials(
                    "Crunchy Bridge",
                    "Credentials.bearer(apiKey)",
                    "CB_API_KEY (a cbkey_… API key)",
                    Set.of(Credentials.Bearer.class));
        }
    }
}
