package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.Invoker;
import java.util.Optional;
import java.util.function.BiFunction;
import okhttp3.OkHttpClient;

/**
 * What every client of the ClickHouse Cloud API has in common ({@link ClickHouseCloudClient} and the clients of
 * other products behind the same API, such as Managed Postgres): per-call options through {@link
 * #withOptions(RequestOptions)}, the organization every call works in, the settings and connection pool, and
 * {@link #close()}.
 *
 * <pre>{@code
 * try (ClickHouseCloudClient ch = ClickHouseCloudClient.fromEnv()) {
 *     System.out.println("working in organization " + ch.organizationId());
 *     ClickHouseCloudClient traced = ch.withOptions(RequestOptions.builder().header("X-Trace", "deploy-42").build());
 *     traced.services().list();
 * }
 * }</pre>
 *
 * <p>Clients are thread-safe and hold a connection pool: share one per API key and close it when done. Only the
 * SDK's modules extend this class.
 *
 * @param <C> the client's own type
 */
public abstract class CloudApiClient<C extends CloudApiClient<C>> implements AutoCloseable {
    private final Invoker invoker;
    private final OrganizationResolver organization;
    private final BiFunction<Invoker, OrganizationResolver, C> view;

    /**
     * Creates a client; the SDK's modules do this from their builder's {@link ClickHouseCloudBuilder#build()}.
     *
     * @param invoker sends the client's calls with its view's options
     * @param organization resolves the organization id
     * @param view creates this client for another invoker, sharing the organization
     */
    protected CloudApiClient(
            Invoker invoker, OrganizationResolver organization, BiFunction<Invoker, OrganizationResolver, C> view) {
        this.invoker = requireNonNull(invoker, "invoker == null");
        this.organization = requireNonNull(organization, "organization == null");
        this.view = requireNonNull(view, "view == null");
    }

    /**
     * What every client's {@code fromEnv()} does: applies the variables ClickHouse's own tools use ({@code
     * CLICKHOUSE_CLOUD_API_KEY} and {@code CLICKHOUSE_CLOUD_API_SECRET}, or the older {@code CLICKHOUSE_TOKEN_KEY}
     * and {@code CLICKHOUSE_TOKEN_SECRET}; optionally {@code CLICKHOUSE_ORG_ID} and {@code CLICKHOUSE_API_URL}) to
     * the builder, then builds the client.
     *
     * @param builder a new builder of the client
     * @param env the environment to read
     * @param <C> the client type
     * @return the client
     * @throws IllegalStateException if the key id or secret is not set
     */
    protected static <C> C fromEnvironment(ClickHouseCloudBuilder<?, C> builder, Environment env) {
        return builder.readEnvironment(env).build();
    }

    /**
     * A view of this client whose resources carry per-call options on every request, waiters' polls, workflows'
     * requests and an organization lookup included. It shares this client's connections and organization; closing
     * either closes both.
     *
     * <pre>{@code
     * ClickHouseCloudClient traced = ch.withOptions(RequestOptions.builder().header("X-Trace", "deploy-42").build());
     * traced.services().get(serviceId);
     * }</pre>
     *
     * @param options the options; see {@link RequestOptions} for how views combine
     * @return a view of this client bound to them
     */
    public final C withOptions(RequestOptions options) {
        return view.apply(invoker.withOptions(options), organization);
    }

    /**
     * The settings this client was built with, for building a sibling client alike.
     *
     * @return the settings
     */
    public final ClientSettings settings() {
        return invoker.settings();
    }

    /**
     * The organization every call works in: the configured one, or the only organization the API key sees,
     * discovered with {@code GET /v1/organizations} (carrying this view's options) on first use and then cached.
     *
     * @return the organization id
     * @throws IllegalStateException if none was configured and the key does not see exactly one organization
     */
    public final String organizationId() {
        return organization.organizationId(invoker.options());
    }

    /**
     * The OkHttp client this client sends with. Passing it to another builder's {@code httpClient(...)} shares
     * this client's connection pool and dispatcher; closing either client leaves the other working.
     *
     * @return the OkHttp client
     */
    public final OkHttpClient httpClient() {
        return invoker.engine().httpClient();
    }

    /** Releases the threads and connections this client created; calls made afterwards fail. */
    @Override
    public final void close() {
        invoker.engine().close();
    }

    /**
     * The invoker of this view, for the client's resources.
     *
     * @return the invoker
     */
    protected final Invoker invoker() {
        return invoker;
    }

    /**
     * The organization resolver every view of this client shares, for the client's resources.
     *
     * @return the resolver
     */
    protected final OrganizationResolver organization() {
        return organization;
    }

    Optional<String> knownOrganizationId() {
        return organization.known();
    }
}
