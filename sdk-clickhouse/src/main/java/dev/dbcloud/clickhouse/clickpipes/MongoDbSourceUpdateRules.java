package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.clickhouse.internal.UpdateRules;
import org.immutables.value.Value;

/**
 * The rules of {@link MongoDbSourceUpdate}: what {@code MongoDbSourceUpdateAttributes} does not say about it. The
 * generated {@code MongoDbSourceUpdateDef} carries its annotations.
 */
abstract class MongoDbSourceUpdateRules extends MongoDbSourceUpdateAttributes {

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "MongoDbSourceUpdate");
        settings().flatMap(DatabasePipeSettingsUpdate::useCompression).ifPresent(compression -> {
            throw new IllegalArgumentException("MongoDbSourceUpdate.settings.useCompression is for MySQL pipes only");
        });
    }
}
