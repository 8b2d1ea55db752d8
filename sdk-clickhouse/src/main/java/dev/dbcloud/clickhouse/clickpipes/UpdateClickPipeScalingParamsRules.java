package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.clickhouse.internal.UpdateRules;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateClickPipeScalingParams}: what {@code UpdateClickPipeScalingParamsAttributes} does not say about it. The
 * generated {@code UpdateClickPipeScalingParamsDef} carries its annotations.
 */
abstract class UpdateClickPipeScalingParamsRules extends UpdateClickPipeScalingParamsAttributes {
    /** Refuses a change that sets nothing: the API reads {@code {}} as zero replicas (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "UpdateClickPipeScalingParams");
    }
}
