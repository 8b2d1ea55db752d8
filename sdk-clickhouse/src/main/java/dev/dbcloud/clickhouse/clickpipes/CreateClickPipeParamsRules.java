package dev.dbcloud.clickhouse.clickpipes;

import org.immutables.value.Value;

/**
 * The rules of {@link CreateClickPipeParams}: what {@code CreateClickPipeParamsAttributes} does not say about it. The
 * generated {@code CreateClickPipeParamsDef} carries its annotations.
 */
abstract class CreateClickPipeParamsRules extends CreateClickPipeParamsAttributes {

    @Value.Check
    void check() {
        Rules.name(name());
        source().requireExactlyOne("source");
        Rules.checkCreate(source(), destination(), fieldMappings());
        Rules.noEmptyObjects(this, "a ClickPipe create");
    }
}
