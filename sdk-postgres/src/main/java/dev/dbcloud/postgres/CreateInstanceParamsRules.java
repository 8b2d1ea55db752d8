package dev.dbcloud.postgres;

import dev.dbcloud.clickhouse.CloudProvider;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateInstanceParams}: what {@code CreateInstanceParamsAttributes} does not say about it. The
 * generated {@code CreateInstanceParamsDef} carries its annotations.
 */
abstract class CreateInstanceParamsRules extends CreateInstanceParamsAttributes {
    /**
     * The cloud provider (wire {@code provider}), {@code aws} unless set.
     *
     * @return the value
     */
    @Value.Default
    CloudProvider provider() {
        return CloudProvider.AWS;
    }

    @Value.Check
    void check() {
        NewInstanceSettings.check(this);
    }
}
