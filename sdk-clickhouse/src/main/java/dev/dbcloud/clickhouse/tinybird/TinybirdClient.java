package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.tinybird.internal.ClusterEndpoints;
import dev.dbcloud.clickhouse.tinybird.internal.TinybirdDialect;
import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import okhttp3.OkHttpClient;

/**
 * A client for Tinybird's Organizations API, which manages the dedicated ClickHouse clusters of a Tinybird
 * organization. Create one per region and token, share it between threads, and close it when done:
 *
 * <pre>{@code
 * try (TinybirdClient tb = TinybirdClient.builder()
 *         .region(Region.AWS_EU_WEST_1)                 // or .baseUrl("https://…") for any host
 *         .credentials(Credentials.bearer(userToken))   // or Credentials.queryToken(userToken)
 *         .build()) {
 *     for (Cluster c : tb.organization(orgId).clusters().list()) {
 *         System.out.println(c.clusterId() + " " + c.clusterWeights());
 *     }
 * }
 * }</pre>
 *
 * <p>{@link #fromEnv()} reads the variables Tinybird's own tools use. Every call must go to the host of the
 * region the organization lives in: pick a {@link Region}, or a base URL from {@link #regions()} for a region this
 * SDK does not know yet. Without either, the client talks to {@value #DEFAULT_BASE_URL} (GCP europe-west3).
 *
 * <p>The Organizations API wants a user token of an organization admin. A bearer token travels in the {@code
 * Authorization} header; a query token as the {@code token} query parameter, which the SDK keeps out of its logs
 * and exception messages — but proxies may log query strings, so prefer the header.
 */
public final class TinybirdClient implements AutoCloseable {
    /** Tinybird's default API host, GCP europe-west3. */
    public static final String DEFAULT_BASE_URL = "https://api.tinybird.co";

    private final Invoker invoker;

    private TinybirdClient(Invoker invoker) {
        this.invoker = invoker;
    }

    /**
     * A view of this client whose every request carries the options (headers, timeouts, retries, an idempotency
     * key, a poll interval), on top of any the view already has. It shares this client's connections; closing
     * either closes both.
     *
     * <pre>{@code
     * TinybirdClient traced = tb.withOptions(RequestOptions.builder().header("X-Trace", "deploy-42").build());
     * traced.organization(orgId).clusters().list();
     * }</pre>
     *
     * @param options the options
     * @return the view
     */
    public TinybirdClient withOptions(RequestOptions options) {
        return new TinybirdClient(invoker.withOptions(options));
    }

    /**
     * Starts configuring a client.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates a client from environment variables, as Tinybird's CLI and SDKs name them: the token from {@code
     * TINYBIRD_TOKEN}, else {@code TB_TOKEN} (sent as a bearer token); the host from {@code TINYBIRD_URL}, else
     * {@code TINYBIRD_HOST}, else {@code TB_HOST}, else {@value #DEFAULT_BASE_URL}. A host without a scheme gets
     * {@code https://}.
     *
     * @return the client
     * @throws IllegalStateException if no token variable is set
     */
    public static TinybirdClient fromEnv() {
        return fromEnv(Environment.system());
    }

    static TinybirdClient fromEnv(Environment environment) {
        return Builder.fromEnvironment(environment).build();
    }

    /**
     * One organization's side of the API.
     *
     * @param organizationId the organization id
     * @return the organization
     * @throws IllegalArgumentException if the id is blank
     */
    public TinybirdOrganization organization(String organizationId) {
        Checks.notBlank(organizationId, "organizationId");
        return new TinybirdOrganization(invoker, organizationId);
    }

    /**
     * Lists Tinybird's regions with their API hosts ({@code GET /v0/regions}, a public endpoint called without
     * credentials). Use it to find the host of a region this SDK version does not know.
     *
     * @return the regions
     */
    public List<RegionInfo> regions() {
        return invoker.send(ClusterEndpoints.REGIONS.call()).value();
    }

    /**
     * Lists Tinybird's regions from the default host, without a client or a token: the way to find the API host
     * of a region before anything else is set up.
     *
     * <pre>{@code
     * String host = TinybirdClient.discoverRegions().stream()
     *     .filter(r -> r.name().filter("EU (GCP)"::equals).isPresent())
     *     .map(RegionInfo::apiHost)
     *     .findFirst()
     *     .orElse(TinybirdClient.DEFAULT_BASE_URL);
     * }</pre>
     *
     * @return the regions
     */
    public static List<RegionInfo> discoverRegions() {
        return discoverRegions(DEFAULT_BASE_URL);
    }

    /**
     * Lists Tinybird's regions from the given host ({@code GET /v0/regions}, public), with default settings and
     * no credentials; every such call shares one connection pool. {@link #regions()} does the same with an existing
     * client's settings.
     *
     * @param baseUrl any Tinybird API host, e.g. {@value #DEFAULT_BASE_URL}
     * @return the regions
     * @throws IllegalArgumentException if {@code baseUrl} is not a valid https URL (http only for loopback)
     */
    public static List<RegionInfo> discoverRegions(String baseUrl) {
        requireNonNull(baseUrl, "baseUrl == null");
        ClientSettings settings =
                new Builder().baseUrl(baseUrl).httpClient(DiscoveryHttp.SHARED).resolve();
        try (TinybirdClient client =
                new TinybirdClient(Invoker.create(HttpEngine.create(settings, new TinybirdDialect())))) {
            return client.regions();
        }
    }

    /** The connection pool and threads that static region discovery shares between calls, made on first use. */
    private static final class DiscoveryHttp {
        static final OkHttpClient SHARED = new OkHttpClient();
    }

    /**
     * The known region of this client's host ({@code settings().baseUrl()}).
     *
     * @return the region, or empty for a host this SDK version does not know (a proxy, Tinybird Local, a new
     *     region)
     */
    public Optional<Region> region() {
        return Region.byHost(invoker.settings().baseUrl().toString());
    }

    /**
     * The settings this client was built with; credentials show as {@code ****}.
     *
     * @return the settings
     */
    public ClientSettings settings() {
        return invoker.settings();
    }

    /** Releases the threads and connections this client created; a shared OkHttp client stays open. */
    @Override
    public void close() {
        invoker.engine().close();
    }

    /**
     * Configures a {@link TinybirdClient}. Credentials are required; the host comes from {@link #region(Region)}
     * or {@link #baseUrl(String)} (not both), and defaults to {@value TinybirdClient#DEFAULT_BASE_URL}.
     */
    public static final class Builder extends ClientBuilder<Builder> {
        private Region region;
        private boolean explicitBaseUrl;

        private Builder() {
            super(DEFAULT_BASE_URL);
        }

        static Builder fromEnvironment(Environment environment) {
            requireNonNull(environment, "environment == null");
            Builder builder =
                    new Builder().credentials(Credentials.bearer(environment.require("TINYBIRD_TOKEN", "TB_TOKEN")));
            environment.firstUrl("TINYBIRD_URL", "TINYBIRD_HOST", "TB_HOST").ifPresent(builder::baseUrl);
            return builder;
        }

        /** The resolved settings, also without credentials, for the public endpoints. */
        private ClientSettings resolve() {
            return settings();
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Sends every call to the region's API host. Use either this or {@link #baseUrl(String)}.
         *
         * @param region the region, e.g. {@link Region#AWS_EU_WEST_1}
         * @return this builder
         */
        public Builder region(Region region) {
            this.region = requireNonNull(region, "region == null");
            return super.baseUrl(region.baseUrl());
        }

        /**
         * Sends every call to another root URL: a region host from {@link TinybirdClient#regions()}, Tinybird
         * Local ({@code http://localhost:7181}), a proxy or a test server. Use either this or {@link
         * #region(Region)}.
         *
         * @param baseUrl an absolute {@code https://} URL (plain {@code http://} only for loopback hosts)
         * @return this builder
         */
        @Override
        public Builder baseUrl(String baseUrl) {
            this.explicitBaseUrl = true;
            return super.baseUrl(baseUrl);
        }

        /**
         * Builds the client.
         *
         * @return the client; close it when done
         * @throws IllegalStateException if credentials are missing, or both a region and a base URL were set
         * @throws IllegalArgumentException if a setting is invalid, e.g. Basic credentials, which Tinybird does
         *     not accept
         */
        public TinybirdClient build() {
            if (region != null && explicitBaseUrl) {
                throw new IllegalStateException(
                        "set either region(" + region.host() + ") or baseUrl(…), not both: a region is a base URL");
            }
            ClientSettings settings = settingsWithCredentials(
                    "Tinybird",
                    "Credentials.bearer(token) or Credentials.queryToken(token)",
                    "TINYBIRD_TOKEN",
                    Set.of(Credentials.Bearer.class, Credentials.QueryToken.class));
            return new TinybirdClient(Invoker.create(HttpEngine.create(settings, new TinybirdDialect())));
        }
    }
}
