package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.ClickHouseCloudBuilder;
import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.CloudApiClient;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.Invoker;
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
public final class ManagedPostgresClient extends CloudApiClient<ManagedPostgresClient> {
    private final Instances instances;

    private ManagedPostgresClient(Invoker invoker, OrganizationResolver organization) {
        super(invoker, organization, ManagedPostgresClient::new);
        this.instances = new Instances(invoker, organization);
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
     * Creates a client configured by the same environment variables as {@link ClickHouseCloudClient#fromEnv()}
     * (the API key, and optionally the organization id and API root, as ClickHouse's own tools read them).
     *
     * @return the client
     * @throws IllegalStateException if the key id or secret is not set
     */
    public static ManagedPostgresClient fromEnv() {
        return fromEnv(Environment.system());
    }

    static ManagedPostgresClient fromEnv(Environment env) {
        return fromEnvironment(builder(), env);
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
     * Configures a {@link ManagedPostgresClient}. Credentials are required; see {@link ClickHouseCloudBuilder} for
     * the ClickHouse Cloud settings (base URL, organization, {@link #from(CloudApiClient)}) and {@link
     * dev.dbcloud.core.ClientBuilder} for timeouts, retries and the rest.
     */
    public static final class Builder extends ClickHouseCloudBuilder<Builder, ManagedPostgresClient> {
        Builder() {
            super(ManagedPostgresClient::new);
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
