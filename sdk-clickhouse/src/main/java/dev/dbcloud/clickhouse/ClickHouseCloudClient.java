package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.clickpipes.ClickPipes;
import dev.dbcloud.clickhouse.shared.internal.ClickHouseCloudDialect;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.Invoker;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;

/**
 * A client of the ClickHouse Cloud API v1: organizations, services, backups, ClickPipes and their reverse private
 * endpoints.
 *
 * <pre>{@code
 * try (ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
 *         .credentials(Credentials.basic(keyId, keySecret))
 *         .organizationId(orgId)            // optional when the key sees one organization
 *         .build()) {                       // or ClickHouseCloudClient.fromEnv()
 *     Service s = ch.services().get(serviceId);
 *     ch.services().waitUntilRunning(serviceId, Duration.ofMinutes(20));
 *     List<ClickPipe> pipes = ch.clickPipes(serviceId).list();
 * }
 * }</pre>
 *
 * <p>Share one client per API key: it is thread-safe and holds a connection pool. Close it when done; closing
 * releases the threads and connections it created, never those of an OkHttp client passed to {@link
 * Builder#httpClient(OkHttpClient)}.
 *
 * <p>Clients of other products behind the same API (such as Managed Postgres) are built from this one with their
 * builder's {@link ClickHouseCloudBuilder#from(ClickHouseCloudClient)}, sharing its {@link #settings()}, {@link
 * #organizationId()} and {@link #httpClient() connection pool}.
 */
public final class ClickHouseCloudClient implements AutoCloseable {
    private final HttpEngine engine;
    private final OrganizationResolver organization;
    private final OrganizationInvoker org;
    private final Organizations organizations;
    private final Services services;
    private final Backups backups;

    private ClickHouseCloudClient(HttpEngine engine, Optional<String> organizationId) {
        this(new OrganizationResolver(engine, organizationId), Invoker.create(engine));
    }

    private ClickHouseCloudClient(OrganizationResolver organization, Invoker invoker) {
        this.engine = invoker.engine();
        this.organization = organization;
        this.org = new OrganizationInvoker(organization, invoker);
        this.organizations = new Organizations(invoker, organization);
        this.services = new Services(org);
        this.backups = new Backups(org);
    }

    /**
     * A view of this client whose organizations, services, backups and ClickPipes carry per-call options on every
     * request, waiters' polls included. It shares this client's connections and organization; closing either closes both.
     *
     * <pre>{@code
     * ClickHouseCloudClient traced = ch.withOptions(RequestOptions.builder().header("X-Trace", "deploy-42").build());
     * traced.services().get(serviceId);
     * }</pre>
     *
     * @param options the options; see {@link RequestOptions} for how views combine
     * @return a view of this client bound to them
     */
    public ClickHouseCloudClient withOptions(RequestOptions options) {
        return new ClickHouseCloudClient(organization, org.invoker().withOptions(options));
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
     * Creates a client configured by the environment variables ClickHouse's own tools use: {@code
     * CLICKHOUSE_CLOUD_API_KEY} and {@code CLICKHOUSE_CLOUD_API_SECRET} (or the older {@code CLICKHOUSE_TOKEN_KEY}
     * and {@code CLICKHOUSE_TOKEN_SECRET}), optionally {@code CLICKHOUSE_ORG_ID} and {@code CLICKHOUSE_API_URL}.
     *
     * @return the client
     * @throws IllegalStateException if the key id or secret is not set
     */
    public static ClickHouseCloudClient fromEnv() {
        return fromEnv(Environment.system());
    }

    static ClickHouseCloudClient fromEnv(Environment env) {
        return builder().fromEnvironment(env).build();
    }

    /**
     * Organizations the API key can see.
     *
     * @return the organizations resource
     */
    public Organizations organizations() {
        return organizations;
    }

    /**
     * Services of the organization, with their state, scaling, password, endpoints and waiters.
     *
     * @return the services resource
     */
    public Services services() {
        return services;
    }

    /**
     * Backups of the organization's services and their configuration.
     *
     * @return the backups resource
     */
    public Backups backups() {
        return backups;
    }

    /**
     * The ClickPipes of a service, with their settings, scaling and state, the service's CDC scaling, schema
     * discovery and the service's {@link ClickPipes#reversePrivateEndpoints() reverse private endpoints}. The handle
     * is cheap; make one per service as needed, and with {@link ClickPipes#withAutoWake(Duration)} one that wakes an
     * idle service instead of failing with {@code 424 FAILED_DEPENDENCY}. On a {@link #withOptions(RequestOptions)}
     * view of this client, the handle carries those options to every request.
     *
     * <pre>{@code
     * ClickPipes pipes = ch.clickPipes(serviceId);
     * List<ClickPipe> all = pipes.list();
     * }</pre>
     *
     * @param serviceId the service id
     * @return the ClickPipes of the service
     * @throws IllegalArgumentException if {@code serviceId} is blank, {@code .} or {@code ..}
     */
    public ClickPipes clickPipes(String serviceId) {
        Checks.pathSegment(serviceId, "serviceId");
        return new ClickPipes(organization, org.invoker(), serviceId);
    }

    /**
     * The settings this client was built with, for building a sibling client alike.
     *
     * @return the settings
     */
    public ClientSettings settings() {
        return engine.settings();
    }

    /**
     * The organization every call works in: the configured one, or the only organization the API key sees,
     * discovered with {@code GET /v1/organizations} on first use and then cached.
     *
     * @return the organization id
     * @throws IllegalStateException if none was configured and the key does not see exactly one organization
     */
    public String organizationId() {
        return organization.organizationId(RequestOptions.none());
    }

    /**
     * The OkHttp client this client sends with. Passing it to another builder's {@code httpClient(...)} shares
     * this client's connection pool and dispatcher; closing either client leaves the other working.
     *
     * @return the OkHttp client
     */
    public OkHttpClient httpClient() {
        return engine.httpClient();
    }

    Optional<String> knownOrganizationId() {
        return organization.known();
    }

    /** Releases the threads and connections this client created; calls made afterwards fail. */
    @Override
    public void close() {
        engine.close();
    }

    /**
     * Configures a {@link ClickHouseCloudClient}. Credentials are required; see {@link ClickHouseCloudBuilder} for
     * the ClickHouse Cloud settings and {@link dev.dbcloud.core.ClientBuilder} for timeouts, retries and the rest.
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
        public ClickHouseCloudClient build() {
            return new ClickHouseCloudClient(
                    HttpEngine.create(cloudSettings(), ClickHouseCloudDialect.INSTANCE), configuredOrganizationId());
        }
    }
}
