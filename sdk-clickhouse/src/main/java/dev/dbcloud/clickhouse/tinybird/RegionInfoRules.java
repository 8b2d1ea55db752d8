package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Optional;

/**
 * The rules of {@link RegionInfo}: what {@code RegionInfoAttributes} does not say about it. The
 * generated {@code RegionInfoDef} carries its annotations.
 */
abstract class RegionInfoRules extends RegionInfoAttributes {

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
