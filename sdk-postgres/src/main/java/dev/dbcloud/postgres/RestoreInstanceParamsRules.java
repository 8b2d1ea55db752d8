package dev.dbcloud.postgres;

import org.immutables.value.Value;

/**
 * The rules of {@link RestoreInstanceParams}: what {@code RestoreInstanceParamsAttributes} does not say about it. The
 * generated {@code RestoreInstanceParamsDef} carries its annotations.
 */
abstract class RestoreInstanceParamsRules extends RestoreInstanceParamsAttributes {

    @Value.Check
    void check() {
        NewInstanceSettings.check(this);
    }
}
