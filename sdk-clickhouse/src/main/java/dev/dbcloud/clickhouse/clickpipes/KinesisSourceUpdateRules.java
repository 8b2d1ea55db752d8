package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.clickhouse.internal.UpdateRules;
import org.immutables.value.Value;

/**
 * The rules of {@link KinesisSourceUpdate}: what {@code KinesisSourceUpdateAttributes} does not say about it. The
 * generated {@code KinesisSourceUpdateDef} carries its annotations.
 */
abstract class KinesisSourceUpdateRules extends KinesisSourceUpdateAttributes {

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "KinesisSourceUpdate");
    }
}
