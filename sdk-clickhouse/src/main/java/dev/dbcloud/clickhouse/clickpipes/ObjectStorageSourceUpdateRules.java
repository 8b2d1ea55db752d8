package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.clickhouse.internal.UpdateRules;
import org.immutables.value.Value;

/**
 * The rules of {@link ObjectStorageSourceUpdate}: what {@code ObjectStorageSourceUpdateAttributes} does not say about it. The
 * generated {@code ObjectStorageSourceUpdateDef} carries its annotations.
 */
abstract class ObjectStorageSourceUpdateRules extends ObjectStorageSourceUpdateAttributes {

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "ObjectStorageSourceUpdate");
    }
}
