package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.shared.internal.ClickHouseCloudDialect;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.Invoker;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The configuration shared by every client of the ClickHouse Cloud API: {@link ClickHouseCloudClient} and
 * clients of other products served by the same API with the same API keys (such as Managed Postgres), whose
 * builders extend this class so they read and behave the same:
 *
 * <pre>{@code
 * ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
 *     .credentials(Credentials.basic(keyId, keySecret))   // required
 *     .organizationId(orgId)                              // optional: discovered when the key sees one
 *     .build();
 *
 * // a sibling client sharing the settings, organization and connection pool of ch
 * ClickHouseCloudClient other = ClickHouseCloudClient.builder().from(ch).build();
 * }</pre>
 *
 * <p>Defaults: base URL {@value #DEFAULT_BASE_URL}; a base URL ending in {@code /v1} (as the Terraform provider
 * and {@code CLICKHOUSE_API_URL} spell it) is accepted and the {@code /v1} dropped, since request paths start with
 * {@code /v1/}. Credentials are required: {@link Credentials#basic(String, String)} with an API key id and secret,
 * or {@link Credentials#bearer(String)} with a console OAuth token, which the API accepts for reads only.
 *
 * <p>A sibling client's builder (in another module) extends this class with the client's constructor; {@link
 * #build()} then builds its engine and organization lookup exactly as for {@link ClickHouseCloudClient}, and the
 * client's {@code fromEnv()} is {@link CloudApiClient#fromEnvironment(ClickHouseCloudBuilder, Environment)}:
 *
 * <pre>{@code
 * public static final class Builder extends ClickHouseCloudBuilder<Builder, ManagedPostgresClient> {
 *     Builder() { super(ManagedPostgresClient::new); }
 *     protected Builder self() { return this; }
 * }
 * }</pre>
 *
 * @param <B> the concrete builder type, returned by every setter
 * @param <C> the client it builds
 */
public abstract class ClickHouseCloudBuilder<B extends ClickHouseCloudBuilder<B, C>, C> extends ClientBuilder<B> {
    /** The production API root. */
    public static final String DEFAULT_BASE_URL = "https://api.clickhouse.cloud";

    /** Environment variables holding the API key id, most preferred first. */
    static final String[] KEY_VARIABLES = {"CLICKHOUSE_CLOUD_API_KEY", "CLICKHOUSE_TOKEN_KEY"};
    /** Environment variables holding the API key secret, most preferred first. */
    static final String[] SECRET_VARIABLES = {"CLICKHOUSE_CLOUD_API_SECRET", "CLICKHOUSE_TOKEN_SECRET"};
    /** Environment variable holding the organization id. */
    static final String ORG_VARIABLE = "CLICKHOUSE_ORG_ID";
    /** Environment variable holding the API root, with or without {@code /v1}. */
    static final String URL_VARIABLE = "CLICKHOUSE_API_URL";

    private final BiFunction<Invoker, OrganizationResolver, C> constructor;
    private String organizationId;

    /**
     * Creates a builder with the production base URL.
     *
     * @param constructor the client's constructor, handed the engine's invoker and the organization lookup by {@link
     *     #build()}
     */
    protected ClickHouseCloudBuilder(BiFunction<Invoker, OrganizationResolver, C> constructor) {
        super(DEFAULT_BASE_URL);
        this.constructor = requireNonNull(constructor, "constructor == null");
    }

    /**
     * Sets the API root; a trailing {@code /v1} (or {@code /v1/}) is dropped because every request path starts
     * with {@code /v1/}.
     *
     * @param baseUrl e.g. {@code https://api.clickhouse.cloud} or {@code https://api.clickhouse.cloud/v1}
     * @return this builder
     */
    @Override
    public B baseUrl(String baseUrl) {
        requireNonNull(baseUrl, "baseUrl == null");
        String trimmed = baseUrl.trim();
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (trimmed.endsWith("/v1")) {
            trimmed = trimmed.substring(0, trimmed.length() - "/v1".length());
        }
        return super.baseUrl(trimmed.isEmpty() ? baseUrl : trimmed + "/");
    }

    /**
     * Sets the organization every call works in (the {@code {organizationId}} of every path). Optional: without
     * it, the client asks {@code GET /v1/organizations} on first use and takes the only organization the API key
     * sees, and fails with an {@link IllegalStateException} if the key sees several.
     *
     * @param organizationId the organization id, e.g. from the console's organization settings
     * @return this builder
     * @throws IllegalArgumentException if the id is blank, {@code .} or {@code ..}
     */
    public B organizationId(String organizationId) {
        this.organizationId = Checks.pathSegment(organizationId, "organizationId");
        return self();
    }

    /**
     * Copies every setting of {@code client} (a {@link ClickHouseCloudClient}, or any other client of the API) — base URL, credentials, timeouts, retries, clock and sleeper — and
     * its organization id if it is already known, and shares its OkHttp connection pool and dispatcher. Closing
     * either client leaves the other working (idle pooled connections may be evicted, and are reopened on need). Setters called afterwards override the copied values.
     *
     * @param client the client to build alongside
     * @return this builder
     */
    public B from(CloudApiClient<?> client) {
        requireNonNull(client, "client == null");
        ClientSettings s = client.settings();
        baseUrl(s.baseUrl().toString());
        s.credentials().ifPresent(this::credentials);
        httpClient(client.httpClient());
        timeout(s.timeout());
        attemptTimeout(s.attemptTimeout());
        connectTimeout(s.connectTimeout());
        maxRetries(s.maxRetries());
        maxRetryWait(s.maxRetryWait());
        allowInsecureHttp(s.allowInsecureHttp());
        clock(s.clock());
        sleeper(s.sleeper());
        jitter(s.jitter());
        callListener(s.callListener());
        client.knownOrganizationId().ifPresent(this::organizationId);
        return self();
    }

    /**
     * Applies the variables established by ClickHouse's own tools: the API key from {@code
     * CLICKHOUSE_CLOUD_API_KEY} (else {@code CLICKHOUSE_TOKEN_KEY}) and {@code CLICKHOUSE_CLOUD_API_SECRET} (else
     * {@code CLICKHOUSE_TOKEN_SECRET}), both required; the organization from {@code CLICKHOUSE_ORG_ID} and the API
     * root from {@code CLICKHOUSE_API_URL} (with or without {@code /v1}), both optional. Subclasses expose it as
     * their {@code fromEnv()}.
     *
     * @param env the environment to read
     * @return this builder
     * @throws IllegalStateException if the key id or secret is not set
     */
    protected final B readEnvironment(Environment env) {
        requireNonNull(env, "env == null");
        credentials(Credentials.basic(env.require(KEY_VARIABLES), env.require(SECRET_VARIABLES)));
        env.first(ORG_VARIABLE).ifPresent(this::organizationId);
        env.first(URL_VARIABLE).ifPresent(this::baseUrl);
        return self();
    }

    /**
     * The organization id set on this builder.
     *
     * @return the id, or empty when it is to be discovered
     */
    protected final Optional<String> configuredOrganizationId() {
        return Optional.ofNullable(organizationId);
    }

    /**
     * Checks and resolves the settings of a ClickHouse Cloud API client: credentials must be set, and must be
     * Basic (API key) or Bearer (OAuth, read-only) credentials.
     *
     * @return the settings
     * @throws IllegalStateException if credentials were not set
     * @throws IllegalArgumentException if the credentials are of a kind the API does not accept
     */
    protected final ClientSettings cloudSettings() {
        return settingsWithCredentials(
                "ClickHouse Cloud",
                "Credentials.basic(keyId, keySecret), or a read-only Credentials.bearer(token)",
                "CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET",
                Set.of(Credentials.Basic.class, Credentials.Bearer.class));
    }

    /**
     * Builds the client: checks the settings ({@link #cloudSettings()}), creates the engine speaking the API's
     * envelopes and errors and the organization lookup ({@link #configuredOrganizationId()}), and hands both to
     * the client's constructor.
     *
     * @return the client
     * @throws IllegalStateException if credentials were not set
     * @throws IllegalArgumentException if a setting is invalid
     */
    public final C build() {
        HttpEngine engine = HttpEngine.create(cloudSettings(), ClickHouseCloudDialect.INSTANCE);
        return constructor.apply(Invoker.create(engine), new OrganizationResolver(engine, configuredOrganizationId()));
    }
}
