package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.core.RegionEndpoint;
import dev.dbcloud.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * A Tinybird region: where a workspace and its organization's dedicated clusters live, and the API host every
 * call for them must go to. Pass one to {@link TinybirdClient.Builder#region(Region)}:
 *
 * <pre>{@code
 * TinybirdClient tb = TinybirdClient.builder()
 *     .region(Region.AWS_EU_WEST_1)                 // https://api.eu-west-1.aws.tinybird.co
 *     .credentials(Credentials.bearer(token))
 *     .build();
 *
 * Region r = Region.byProviderRegion(CloudProvider.GCP, "us-east4").orElseThrow();   // GCP_US_EAST4
 * Region.byHost("api.us-east.aws.tinybird.co");       // Optional[AWS_US_EAST_1]
 * }</pre>
 *
 * <p>The constants cover every region this SDK version knows. Tinybird adds regions over time: {@link
 * TinybirdClient#regions()} lists the live ones, and {@link #of(CloudProvider, String, String)} describes a region
 * the SDK does not know yet, so a new region never needs a new SDK release. Regions are equal when their API hosts
 * are.
 */
public final class Region implements RegionEndpoint {
    private static final List<Region> KNOWN = new ArrayList<>();
    private static final List<Alias> ALIASES = new ArrayList<>();

    /** Europe, GCP {@code europe-west3}: {@code https://api.tinybird.co}, Tinybird's default host. */
    public static final Region GCP_EUROPE_WEST3 =
            known("Europe (GCP europe-west3)", CloudProvider.GCP, "europe-west3", "https://api.tinybird.co");

    /** Europe, GCP {@code europe-west2}: {@code https://api.europe-west2.gcp.tinybird.co}. */
    public static final Region GCP_EUROPE_WEST2 = known(
            "Europe (GCP europe-west2)", CloudProvider.GCP, "europe-west2", "https://api.europe-west2.gcp.tinybird.co");

    /** US East, GCP {@code us-east4}: {@code https://api.us-east.tinybird.co}. */
    public static final Region GCP_US_EAST4 =
            known("US East (GCP us-east4)", CloudProvider.GCP, "us-east4", "https://api.us-east.tinybird.co");

    /**
     * North America, GCP {@code northamerica-northeast2}: {@code
     * https://api.northamerica-northeast2.gcp.tinybird.co} (the host follows Tinybird's naming pattern).
     */
    public static final Region GCP_NORTHAMERICA_NORTHEAST2 = known(
            "North America (GCP northamerica-northeast2)",
            CloudProvider.GCP,
            "northamerica-northeast2",
            "https://api.northamerica-northeast2.gcp.tinybird.co");

    /** Europe, AWS {@code eu-central-1}: {@code https://api.eu-central-1.aws.tinybird.co}. */
    public static final Region AWS_EU_CENTRAL_1 = known(
            "Europe (AWS eu-central-1)", CloudProvider.AWS, "eu-central-1", "https://api.eu-central-1.aws.tinybird.co");

    /** Europe, AWS {@code eu-west-1}: {@code https://api.eu-west-1.aws.tinybird.co}. */
    public static final Region AWS_EU_WEST_1 =
            known("Europe (AWS eu-west-1)", CloudProvider.AWS, "eu-west-1", "https://api.eu-west-1.aws.tinybird.co");

    /**
     * US East, AWS {@code us-east-1}: {@code https://api.us-east.aws.tinybird.co} (note: not {@code us-east-1} in
     * the host; {@link #byHost(String)} also recognises the {@code api.us-east-1.aws.tinybird.co} spelling).
     */
    public static final Region AWS_US_EAST_1 = known(
            "US East (AWS us-east-1)",
            CloudProvider.AWS,
            "us-east-1",
            "https://api.us-east.aws.tinybird.co",
            "https://api.us-east-1.aws.tinybird.co");

    /**
     * US West, AWS {@code us-west-2}: {@code https://api.us-west-2.aws.tinybird.co} ({@link #byHost(String)} also
     * recognises the older {@code api.us-west.aws.tinybird.co}).
     */
    public static final Region AWS_US_WEST_2 = known(
            "US West (AWS us-west-2)",
            CloudProvider.AWS,
            "us-west-2",
            "https://api.us-west-2.aws.tinybird.co",
            "https://api.us-west.aws.tinybird.co");

    /** Asia Pacific (Hong Kong), AWS {@code ap-east-1}: {@code https://api.ap-east-1.aws.tinybird.co}. */
    public static final Region AWS_AP_EAST_1 = known(
            "Asia Pacific (AWS ap-east-1)", CloudProvider.AWS, "ap-east-1", "https://api.ap-east-1.aws.tinybird.co");

    /** Asia Pacific (Sydney), AWS {@code ap-southeast-2}: {@code https://api.ap-southeast-2.aws.tinybird.co}. */
    public static final Region AWS_AP_SOUTHEAST_2 = known(
            "Asia Pacific (AWS ap-southeast-2)",
            CloudProvider.AWS,
            "ap-southeast-2",
            "https://api.ap-southeast-2.aws.tinybird.co");

    /** Another spelling of a known region's host, found by {@link #byHost(String)}. */
    private record Alias(String baseUrl, Region region) implements RegionEndpoint {}

    private final String displayName;
    private final CloudProvider provider;
    private final String providerRegion;
    private final HttpUrl baseUrl;
    private final boolean known;

    private Region(String displayName, CloudProvider provider, String providerRegion, HttpUrl baseUrl, boolean known) {
        this.displayName = displayName;
        this.provider = provider;
        this.providerRegion = providerRegion;
        this.baseUrl = baseUrl;
        this.known = known;
    }

    private static Region known(
            String displayName, CloudProvider provider, String providerRegion, String baseUrl, String... aliases) {
        Region region = new Region(displayName, provider, providerRegion, HttpUrl.get(baseUrl), true);
        KNOWN.add(region);
        for (String alias : aliases) {
            ALIASES.add(new Alias(alias, region));
        }
        return region;
    }

    /**
     * Every region this SDK version knows, in the order of Tinybird's region table.
     *
     * @return an unmodifiable list
     */
    public static List<Region> values() {
        return Collections.unmodifiableList(KNOWN);
    }

    /**
     * Finds a known region by its cloud provider and the provider's region name.
     *
     * @param provider the cloud provider, e.g. {@link CloudProvider#AWS}
     * @param providerRegion the provider's region name, e.g. {@code us-east-1}
     * @return the region, or empty if this SDK version does not know it
     */
    public static Optional<Region> byProviderRegion(CloudProvider provider, String providerRegion) {
        requireNonNull(provider, "provider == null");
        requireNonNull(providerRegion, "providerRegion == null");
        String wanted = providerRegion.trim().toLowerCase(Locale.ROOT);
        return KNOWN.stream()
                .filter(r -> r.provider.equals(provider) && r.providerRegion.equals(wanted))
                .findFirst();
    }

    /**
     * Finds a known region by its API host, ignoring scheme, port, path and case. Besides each region's
     * documented host, the other spellings Tinybird's tools use are recognised ({@code
     * api.us-east-1.aws.tinybird.co}, {@code api.us-west.aws.tinybird.co}).
     *
     * @param hostOrUrl a host ({@code api.eu-west-1.aws.tinybird.co}) or a URL on it
     * @return the region, or empty if this SDK version does not know the host
     */
    public static Optional<Region> byHost(String hostOrUrl) {
        requireNonNull(hostOrUrl, "hostOrUrl == null");
        Optional<Region> region = RegionEndpoint.byHost(KNOWN, hostOrUrl);
        return region.isPresent()
                ? region
                : RegionEndpoint.byHost(ALIASES, hostOrUrl).map(Alias::region);
    }

    /**
     * Describes a region, for a region this SDK version does not know yet (see {@link TinybirdClient#regions()}).
     * A known host returns the known constant.
     *
     * @param provider the cloud provider
     * @param providerRegion the provider's region name, e.g. {@code eu-south-2}
     * @param baseUrl the region's API root, an absolute {@code https://} URL
     * @return the region
     * @throws IllegalArgumentException if {@code providerRegion} is blank or {@code baseUrl} is not an https URL
     */
    public static Region of(CloudProvider provider, String providerRegion, String baseUrl) {
        requireNonNull(provider, "provider == null");
        Checks.notBlank(providerRegion, "providerRegion");
        requireNonNull(baseUrl, "baseUrl == null");
        HttpUrl url = HttpUrl.parse(baseUrl.trim());
        if (url == null || !url.isHttps()) {
            throw new IllegalArgumentException(
                    "baseUrl must be an absolute https:// URL such as " + "https://api.eu-west-1.aws.tinybird.co");
        }
        Optional<Region> known = byHost(url.host());
        if (known.isPresent()) {
            return known.get();
        }
        String name = provider.value() + " " + providerRegion.trim();
        return new Region(name, provider, providerRegion.trim().toLowerCase(Locale.ROOT), url, false);
    }

    /**
     * A readable name, e.g. {@code Europe (AWS eu-west-1)}.
     *
     * @return the name
     */
    public String displayName() {
        return displayName;
    }

    /**
     * The cloud provider hosting the region.
     *
     * @return the provider
     */
    public CloudProvider provider() {
        return provider;
    }

    /**
     * The provider's name for the region, as {@code cloud_region} spells it, e.g. {@code eu-west-1}.
     *
     * @return the provider region
     */
    public String providerRegion() {
        return providerRegion;
    }

    /**
     * The API root of the region, e.g. {@code https://api.eu-west-1.aws.tinybird.co}.
     *
     * @return the base URL, without a trailing slash
     */
    @Override
    public String baseUrl() {
        String url = baseUrl.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The API host, e.g. {@code api.eu-west-1.aws.tinybird.co}.
     *
     * @return the host
     */
    public String host() {
        return baseUrl.host();
    }

    /**
     * Whether this SDK version declares a constant for the region.
     *
     * @return false for a region described with {@link #of(CloudProvider, String, String)}
     */
    public boolean isKnown() {
        return known;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region other && other.baseUrl.equals(baseUrl);
    }

    @Override
    public int hashCode() {
        return baseUrl.hashCode();
    }

    @Override
    public String toString() {
        return displayName + " " + baseUrl();
    }
}
