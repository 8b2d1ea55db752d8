package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A region of a provider ({@code Region}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Region.class)
@JsonDeserialize(as = Region.class)
abstract class RegionDef {
    /** @return the region ID to create clusters in, e.g. {@code us-west-2} ({@code id}) */
    abstract String id();

    /** @return the name shown to users ({@code display_name}) */
    abstract Optional<String> displayName();

    /** @return the geographic location ({@code location}), if reported */
    abstract Optional<String> location();

    /** @return the regional price multiplier ({@code multiplier}), if reported */
    abstract Optional<Double> multiplier();
}
