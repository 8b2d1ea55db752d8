package dev.dbcloud.crunchy;

import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.crunchy.internal.CrunchyDialect;

/**
 * The client of the Crunchy Bridge platform API ({@code https://api.crunchybridge.com}). Create one per
 * application and share it: it is thread-safe and holds a connection pool. Close it when done.
 *
 * <pre>{@code
 * try (CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
 *         .credentials(Credentials.bearer(apiKey))      // a cbkey_… API key or an access token
 *         .build()) {                                    // or CrunchyBridgeClient.fromEnv()
 *     for (Cluster c : cb.clusters().list(ListClustersParams.builder().teamId(team).build()).autoPager()) {
 *         System.out.println(c.name() + " " + c.planId());
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

    /** @return clusters and their lifecycle: {@code /clusters} */
    public Clusters clusters() {
        return clusters;
    }

    /** @return providers, plans and regions: {@code /providers} */
    public Providers providers() {
        return providers;
    }

    /** @return Postgres versions: {@code /postgres-versions} */
    public PostgresVersions postgresVersions() {
        return postgresVersions;
    }

    /** @return teams: {@code /teams} */
    public Teams teams() {
        return teams;
    }

    /** @return networks: {@code /networks} */
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
            env.first("BRIDGE_API_URL")
                    .or(() -> env.first("CB_HOST").map(host -> host.contains("://") ? host : "https://" + host))
                    .ifPresent(builder::baseUrl);
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
            if (!hasCredentials()) {
                throw new IllegalStateException(
                        "credentials were not set; use credentials(Credentials.bearer(apiKey)) or fromEnv()");
            }
            ClientSettings settings = settings();
            if (settings.credentials()
                    .filter(Credentials.Bearer.class::isInstance)
                    .isEmpty()) {
                throw new IllegalArgumentException("credentials must be Credentials.bearer(apiKey): Crunchy Bridge"
                        + " takes a cbkey_… API key or an access token as a bearer token, not basic credentials or"
                        + " query tokens");
            }
            return settings;
        }
    }
}
