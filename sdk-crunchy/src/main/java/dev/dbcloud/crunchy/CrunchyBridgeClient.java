package dev.dbcloud.crunchy;

import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.Invoker;
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
 * <p>Resources: {@link #clusters()} (with replicas, upgrades, backups, roles and configuration parameters), {@link
 * #providers()}, {@link #postgresVersions()}, {@link #teams()} (with members), {@link #networks()}, {@link
 * #configurationParameters()}, {@link #account()}, {@link #accessTokens()}, {@link #events()}, {@link #changelogs()}, {@link #metricViews()} and {@link #queries()}. Each offers the same shape: typed operations
 * that send one request each, {@code withRawResponse()} for the whole response, {@code withOptions(…)} for
 * per-call options, and waiters ({@code waitUntil…}) as separate workflows. Every POST and PATCH carries an
 * {@code Idempotency-Key}, the same on each retry, so creates and updates are retried safely; 429 answers are
 * retried after their {@code Retry-After}.
 */
public final class CrunchyBridgeClient implements AutoCloseable {
    /** The production API root. */
    public static final String DEFAULT_BASE_URL = "https://api.crunchybridge.com";

    private final Invoker invoker;
    private final Clusters clusters;
    private final Providers providers;
    private final PostgresVersions postgresVersions;
    private final Teams teams;
    private final Networks networks;
    private final ConfigurationParameters configurationParameters;
    private final CurrentAccount account;
    private final AccessTokens accessTokens;
    private final Events events;
    private final Changelogs changelogs;
    private final MetricViews metricViews;
    private final Queries queries;

    private CrunchyBridgeClient(Invoker invoker) {
        this.invoker = invoker;
        this.clusters = new Clusters(invoker);
        this.providers = new Providers(invoker);
        this.postgresVersions = new PostgresVersions(invoker);
        this.teams = new Teams(invoker);
        this.networks = new Networks(invoker);
        this.configurationParameters = new ConfigurationParameters(invoker);
        this.account = new CurrentAccount(invoker);
        this.accessTokens = new AccessTokens(invoker);
        this.events = new Events(invoker);
        this.changelogs = new Changelogs(invoker);
        this.metricViews = new MetricViews(invoker);
        this.queries = new Queries(invoker);
    }

    /**
     * This client with per-call options on every request its resources send, waiters' polls included. The view
     * shares this client's connections and threads: closing either closes both.
     *
     * <pre>{@code
     * CrunchyBridgeClient traced = cb.withOptions(RequestOptions.builder().header("X-Trace", "deploy-42").build());
     * traced.clusters().get(clusterId);
     * }</pre>
     *
     * @param options the options; see {@link RequestOptions} for how views combine
     * @return a view of this client bound to them
     */
    public CrunchyBridgeClient withOptions(RequestOptions options) {
        return new CrunchyBridgeClient(invoker.withOptions(options));
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
     * Clusters and their whole lifecycle at {@code /clusters}: list, create, get, update, fork and delete;
     * restart, suspend, resume, high availability and backups on demand; {@link Clusters#waitUntilReady}; and,
     * under it, each cluster's replicas, upgrades, backups and Postgres roles.
     *
     * @return the clusters resource, with this client's options
     */
    public Clusters clusters() {
        return clusters;
    }

    /**
     * The cloud providers at {@code /providers}, each with its plans (sizes and prices) and regions: where the
     * {@code providerId}, {@code planId} and {@code regionId} of a new cluster come from.
     *
     * @return the providers resource, with this client's options
     */
    public Providers providers() {
        return providers;
    }

    /**
     * The Postgres versions at {@code /postgres-versions}, listed or looked up by ID or major version, to choose
     * the version a cluster is created with or upgraded to.
     *
     * @return the Postgres versions resource, with this client's options
     */
    public PostgresVersions postgresVersions() {
        return postgresVersions;
    }

    /**
     * The teams the caller belongs to at {@code /teams}, listed or read one by one: every cluster and network
     * belongs to a team, and its ID scopes lists and creates.
     *
     * @return the teams resource, with this client's options
     */
    public Teams teams() {
        return teams;
    }

    /**
     * The networks clusters are placed in at {@code /networks}, listed or read one by one, for the {@code
     * networkId} of a new cluster.
     *
     * @return the networks resource, with this client's options
     */
    public Networks networks() {
        return networks;
    }

    /**
     * The catalogue of configuration parameters at {@code /configuration-parameters}: which Postgres and
     * PgBouncer settings a cluster may change, with their allowed values and whether a change restarts Postgres.
     * A cluster's own values are under {@link Clusters#configurationParameters()}.
     *
     * @return the configuration parameter catalogue, with this client's options
     */
    public ConfigurationParameters configurationParameters() {
        return configurationParameters;
    }

    /**
     * The account whose credentials this client uses, at {@code /account}: read it, or delete it.
     *
     * @return the account resource, with this client's options
     */
    public CurrentAccount account() {
        return account;
    }

    /**
     * Access tokens at {@code /access-tokens}: short-lived bearer tokens exchanged for an API key secret, and
     * revoked by ID.
     *
     * @return the access tokens resource, with this client's options
     */
    public AccessTokens accessTokens() {
        return accessTokens;
    }

    /**
     * The audit events of your teams and clusters at {@code /events}, listed page by page or read one by one.
     *
     * @return the events resource, with this client's options
     */
    public Events events() {
        return events;
    }

    /**
     * The product changelog at {@code /changelogs}, listed page by page or read by ID or name.
     *
     * @return the changelogs resource, with this client's options
     */
    public Changelogs changelogs() {
        return changelogs;
    }

    /**
     * A cluster's metrics at {@code /metric-views/{name}} (CPU, memory, disk, connections, replication lag, …).
     *
     * @return the metric views resource, with this client's options
     */
    public MetricViews metricViews() {
        return metricViews;
    }

    /**
     * SQL run on a cluster through the API, at {@code /queries}.
     *
     * @return the queries resource, with this client's options
     */
    public Queries queries() {
        return queries;
    }

    /**
     * Releases the threads and connections the client created; a caller's OkHttp client stays open. Calls made
     * afterwards fail with {@link IllegalStateException}.
     */
    @Override
    public void close() {
        invoker.engine().close();
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
            return new CrunchyBridgeClient(Invoker.create(HttpEngine.create(resolve(), CrunchyDialect.INSTANCE)));
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
