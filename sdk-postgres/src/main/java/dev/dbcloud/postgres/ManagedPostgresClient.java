package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.ClickHouseCloudBuilder;
import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.shared.internal.ClickHouseCloudDialect;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.postgres.internal.OrganizationScope;
import okhttp3.OkHttpClient;

/**
 * A client of ClickHouse Managed Postgres, part of the ClickHouse Cloud API v1: same host, same API keys (Basic
 * auth), same envelopes and errors as {@link ClickHouseCloudClient}.
 *
 * <pre>{@code
 * try (ManagedPostgresClient pg = ManagedPostgresClient.builder()
 *         .credentials(Credentials.basic(keyId, keySecret))
 *         .organizationId(orgId)            // optional when the key sees one organization
 *         .build()) {                       // or ManagedPostgresClient.fromEnv()
 *     PostgresInstance created = pg.instances().create(CreateInstanceParams.builder()
 *         .name("orders").region(CloudRegion.US_WEST_2).size(InstanceSize.R8GD_LARGE).build());
 *     pg.instances().waitUntilRunning(created.id(), Duration.ofMinutes(30));
 * }
 *
 * // next to a ClickHouse Cloud client: same settings and organization, one connection pool
 * ManagedPostgresClient pg = ManagedPostgresClient.from(ch);
 * }</pre>
 *
 * <p>Share one client per API key: it is thread-safe and holds a connection pool. Close it when done; closing
 * releases the threads and connections it created, never those of an OkHttp client passed to {@link
 * Builder#httpClient(OkHttpClient)} or shared with {@link #from(ClickHouseCloudClient)}: closing a client built
 * from a {@link ClickHouseCloudClient} leaves that client working.
 */
public final class ManagedPostgresClient implements AutoCloseable {
    private final Invoker invoker;
    private final OrganizationScope organization;
    private final Instances instances;

    private ManagedPostgresClient(Invoker invoker, OrganizationScope organization) {
        this.invoker = invoker;
        this.organization = organization;
        this.instances = new Instances(invoker, organization);
    }

    /**
     * This client with per-call options on every request its resources send, waiters' polls and an organization
     * lookup included. The view shares this client's connections and threads: closing either closes both.
     *
     * <pre>{@code
     * ManagedPostgresClient traced = pg.withOptions(RequestOptions.builder().header("X-Trace", "deploy-42").build());
     * traced.instances().get(postgresId);
     * }</pre>
     *
     * @param options the options; see {@link RequestOptions} for how views combine
     * @return a view of this client bound to them
     */
    public ManagedPostgresClient withOptions(RequestOptions options) {
        return new ManagedPostgresClient(invoker.withOptions(options), organization);
    }

    /**
     * Starts configuring a client; credentials are required, as for {@link ClickHouseCloudClient}.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a client configured by the environment variables ClickHouse's own tools use: {@code
     * CLICKHOUSE_CLOUD_API_KEY} and {@code CLICKHOUSE_CLOUD_API_SECRET} (or the older {@code CLICKHOUSE_TOKEN_KEY}
     * and {@code CLICKHOUSE_TOKEN_SECRET}), optionally {@code CLICKHOUSE_ORG_ID} and {@code CLICKHOUSE_API_URL}.
     *
     * @return the client
     * @throws IllegalStateException if the key id or secret is not set
     */
    public static ManagedPostgresClient fromEnv() {
        return fromEnv(Environment.system());
    }

    static ManagedPostgresClient fromEnv(Environment env) {
        return builder().fromEnvironment(env).build();
    }

    /**
     * Creates a client alongside a ClickHouse Cloud client: same base URL, credentials, timeouts, retries, clock
     * and organization, and the same connection pool and dispatcher. Closing either client leaves the other
     * working. Shorthand for {@code ManagedPostgresClient.builder().from(ch).build()}, which lets you change
     * settings before building.
     *
     * @param ch the ClickHouse Cloud client
     * @return the client
     */
    public static ManagedPostgresClient from(ClickHouseCloudClient ch) {
        requireNonNull(ch, "ch == null");
        return builder().from(ch).build();
    }

    /**
     * The organization's Managed Postgres instances: create, read, update and delete them, their configuration,
     * read replicas, restores, metrics and slow queries, and the waiters and safe delete.
     *
     * @return the instances resource, with this client's options
     */
    public Instances instances() {
        return instances;
    }

    /**
     * The settings this client was built with.
     *
     * @return the settings
     */
    public ClientSettings settings() {
        return invoker.settings();
    }

    /**
     * The organization every call works in: the configured one, or the only organization the API key sees,
     * discovered with {@code GET /v1/organizations} on first use and then cached.
     *
     * @return the organization id
     * @throws IllegalStateException if none was configured and the key does not see exactly one organization
     */
    public String organizationId() {
        return organization.organizationId(invoker);
    }

    /**
     * The OkHttp client this client sends with; for a client built from a {@link ClickHouseCloudClient}, it shares
     * that client's connection pool and dispatcher.
     *
     * @return the OkHttp client
     */
    public OkHttpClient httpClient() {
        return invoker.engine().httpClient();
    }

    /** Releases the threads and connections this client created; calls made afterwards fail. */
    @Override
    public void close() {
        invoker.engine().close();
    }

    /**
     * Configures a {@link ManagedPostgresClient}. Credentials are required; see {@link ClickHouseCloudBuilder} for
     * the ClickHouse Cloud settings (base URL, organization, {@link #from(ClickHouseCloudClient)}) and {@link
     * dev.dbcloud.core.ClientBuilder} for timeouts, retries and the rest.
     */
    public static final class Builder extends ClickHouseCloudBuilder<Builder> {
        Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        Builder fromEnvironment(Environment env) {
            return readEnvironment(env);
        }

        /**
         * Builds the client.
         *
         * @return the client
         * @throws IllegalStateException if credentials were not set
         * @throws IllegalArgumentException if a setting is invalid
         */
        public ManagedPostgresClient build() {
            HttpEngine engine = HttpEngine.create(cloudSettings(), ClickHouseCloudDialect.INSTANCE);
            return new ManagedPostgresClient(
                    Invoker.create(engine),
                    new OrganizationScope(new OrganizationResolver(engine, configuredOrganizationId())));
        }
    }
}
