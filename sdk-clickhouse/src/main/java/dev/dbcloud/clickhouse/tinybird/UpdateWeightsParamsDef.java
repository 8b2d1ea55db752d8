package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * The body of a weights update, {@code {"old_weights": {…}, "new_weights": {…}}}. {@code old_weights} must equal
 * the cluster's current {@code cluster_weights}: it guards against concurrent changes. {@link
 * Clusters#rebalance(String, Weights)} fills it in for you. Users see the generated {@link UpdateWeightsParams}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = UpdateWeightsParams.class)
@JsonDeserialize(as = UpdateWeightsParams.class)
abstract class UpdateWeightsParamsDef {

    /** @return the cluster's current weights ({@code old_weights}) */
    abstract Weights oldWeights();

    /** @return the wanted weights ({@code new_weights}) */
    abstract Weights newWeights();
}
