package dev.dbcloud.clickhouse.clickpipes;

import org.immutables.value.Value;

/**
 * The rules of {@link PostgresSourceUpdate}: what {@code PostgresSourceUpdateAttributes} does not say about it. The
 * generated {@code PostgresSourceUpdateDef} carries its annotations.
 */
abstract class PostgresSourceUpdateRules extends PostgresSourceUpdateAttributes {

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        settings().flatMap(DatabasePipeSettingsUpdate::useCompression).ifPresent(compression -> {
            throw new IllegalArgumentException("PostgresSourceUpdate.settings.useCompression is for MySQL pipes only");
        });
        Rules.serverSourceUpdate(this, "PostgresSourceUpdate");
    }
}
