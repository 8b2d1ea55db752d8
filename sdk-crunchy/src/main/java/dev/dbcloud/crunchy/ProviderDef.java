package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cloud provider with its plans, regions and disk price ({@code Provider}): where {@code plan_id},
 * {@code provider_id} and {@code region_id} for a new cluster come from.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Provider.class)
@JsonDeserialize(as = Provider.class)
abstract class ProviderDef {
    /** @return the provider ID: {@code aws}, {@code azure} or {@code gcp} ({@code id}) */
    abstract Optional<String> id();

    /** @return the name shown to users ({@code display_name}) */
    abstract Optional<String> displayName();

    /** @return disk prices ({@code disk}), if reported */
    abstract Optional<ProviderDisk> disk();

    /** @return the plans ({@code plans}) */
    abstract List<Plan> plans();

    /** @return the regions ({@code regions}) */
    abstract List<Region> regions();
}
