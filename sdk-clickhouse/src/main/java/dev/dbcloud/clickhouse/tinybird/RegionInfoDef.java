package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A region as Tinybird's public {@code GET /v0/regions} describes it: {@code {"name": "EU (GCP)", "api_host":
 * "https://api.europe-west2.gcp.tinybird.co", "provider": "gcp"}}. Its {@link #apiHost()} can be used as a
 * client's base URL, also for a region this SDK version does not know:
 *
 * <pre>{@code
 * for (RegionInfo r : tb.regions()) {
 *     TinybirdClient regional = TinybirdClient.builder().baseUrl(r.apiHost()).credentials(creds).build();
 * }
 * }</pre>
 *
 * <p>Users see the generated {@link RegionInfo}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = RegionInfo.class)
@JsonDeserialize(as = RegionInfo.class)
abstract class RegionInfoDef {

    /** @return the region's display name ({@code name}), e.g. {@code EU (GCP)}; empty when the response leaves it out */
    abstract Optional<String> name();

    /** @return the region's API root ({@code api_host}), e.g. {@code https://api.europe-west2.gcp.tinybird.co} */
    abstract String apiHost();

    /** @return the cloud provider ({@code provider}) */
    abstract Optional<CloudProvider> provider();

    /** @return the region's web UI host ({@code host}), when the server sends it */
    abstract Optional<String> host();

    /**
     * The constant this SDK declares for the region's API host.
     *
     * @return the known region, or empty for a region this SDK version does not know
     */
    @JsonIgnore
    public Optional<Region> knownRegion() {
        return Region.byHost(apiHost());
    }
}
