package dev.dbcloud.postgres;

import org.immutables.value.Value;

/**
 * The rules of {@link CreateInstanceParams}: what {@code CreateInstanceParamsAttributes} does not say about it. The
 * generated {@code CreateInstanceParamsDef} carries its annotations.
 */
abstract class CreateInstanceParamsRules extends CreateInstanceParamsAttributes {

    @Value.Check
    void check() {
        NewInstanceSettings.check(this);
    }
}
