package dev.dbcloud.clickhouse.clickpipes;

import org.immutables.value.Value;

/**
 * The rules of {@link UpdateClickPipeParams}: what {@code UpdateClickPipeParamsAttributes} does not say about it. The
 * generated {@code UpdateClickPipeParamsDef} carries its annotations.
 */
abstract class UpdateClickPipeParamsRules extends UpdateClickPipeParamsAttributes {

    @Value.Check
    void check() {
        name().ifPresent(Rules::name);
        fieldMappings().ifPresent(mappings -> Rules.fieldMappings(mappings, "fieldMappings", Rules.UPDATE));
        Rules.noEmptyObjects(this, "a ClickPipe update");
    }
}
