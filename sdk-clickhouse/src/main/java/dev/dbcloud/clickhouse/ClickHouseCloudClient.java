package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.clickpipes.ClickPipes;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.core.internal.Lazy;
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
 * builder's {@link ClickHouseCloudBuilder#from(CloudApiClient)}, sharing its {@link #settings()}, {@link
 * #organizationId()} and {@link #httpClient() connection pool}.
 */
public final class ClickHouseCloudClient extends CloudApiClient<ClickHouseCloudClient> {
    // Each resource is made on first use, so that building a client (or a withOptions view) loads and builds only
    // what its calls need.
    private final Lazy<Organizations> organizations = new Lazy<>();
    private final Lazy<Services> services = new Lazy<>();
    private final Lazy<Backups> backups = new Lazy<>();

    private ClickHouseCloudClient(Invoker invoker, OrganizationResolver organization) {
        super(invoker, organization, ClickHouseCloudClient::new);
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
        return fromEnvironment(builder(), env);
    }

    /**
     * Organizations the API key can see, and the administration of the one the client works in: its settings,
     * usage cost and metrics, and its API keys, members, invitations, roles, activities and quotas.
     *
     * @return the organizations resource
     */
    public Organizations organizations() {
        return organizations.get(this, client -> new Organizations(client.invoker(), client.organization()));
    }

    /**
     * Services of the organization, with their state, scaling, password, endpoints and waiters.
     *
     * @return the services resource
     */
    public Services services() {
        return services.get(this, client -> new Services(client.invoker(), client.organization()));
    }

    /**
     * Backups of the organization's services and their configuration.
     *
     * @return the backups resource
     */
    public Backups backups() {
        return backups.get(this, client -> new Backups(client.invoker(), client.organization()));
    }

    /**
     * The ClickPipes of a service, with their settings, scaling and state, the service's CDC scaling, schema
     * discovery and the service's {@link ClickPipes#reversePrivateEndpoints() reverse private endpoints}. The handle
     * is cheap; make one per service as needed, and with {@link ClickPipes#withAutoWake(Duration)} one that wakes an
     * idle service instead of failing with {@code 424 FAILED_DEPENDENCY}. On a {@link #withOptions(dev.dbcloud.core.RequestOptions)}
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
        return new ClickPipes(invoker(), organization(), serviceId, Optional.empty());
    }

    /**
     * Configures a {@link ClickHouseCloudClient}. Credentials are required; see {@link ClickHouseCloudBuilder} for
     * the ClickHouse Cloud settings and {@link dev.dbcloud.core.ClientBuilder} for timeouts, retries and the rest.
     */
    public static final class Builder extends ClickHouseCloudBuilder<Builder, ClickHouseCloudClient> {
        Builder() {
            super(ClickHouseCloudClient::new);
        }

        @Override
        protected Builder self() {
            return this;
        }
    }
}
