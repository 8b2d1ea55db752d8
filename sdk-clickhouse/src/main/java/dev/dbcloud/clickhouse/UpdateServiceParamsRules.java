package dev.dbcloud.clickhouse;

import org.immutables.value.Value;

/**
 * The rules of {@link UpdateServiceParams}: what {@code UpdateServiceParamsAttributes} does not say about it. The
 * generated {@code UpdateServiceParamsDef} carries its annotations.
 */
abstract class UpdateServiceParamsRules extends UpdateServiceParamsAttributes {

    /**
     * The one rule the spec states: a name, when set, is not empty ({@code ServicePatchRequest.name} minLength 1).
     * Parameters that set nothing are allowed and send {@code {}}: neither the spec nor {@code reference/} says the
     * API refuses an empty update.
     */
    @Value.Check
    void check() {
        name().ifPresent(ServiceRules::name);
    }
}
