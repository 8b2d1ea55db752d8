package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A provider's disk prices ({@code ProviderDisk}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ProviderDisk.class)
@JsonDeserialize(as = ProviderDisk.class)
abstract class ProviderDiskDef {
    /** @return the price rate per GB for non-warehouse plans ({@code rate}) */
    abstract Optional<Double> rate();

    /** @return the price rate per GB for warehouse plans ({@code rate_warehouse}), if any */
    abstract Optional<Double> rateWarehouse();
}
