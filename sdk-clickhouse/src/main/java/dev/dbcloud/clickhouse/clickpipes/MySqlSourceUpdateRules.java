package dev.dbcloud.clickhouse.clickpipes;

import org.immutables.value.Value;

/**
 * The rules of {@link MySqlSourceUpdate}: what {@code MySqlSourceUpdateAttributes} does not say about it. The
 * generated {@code MySqlSourceUpdateDef} carries its annotations.
 */
abstract class MySqlSourceUpdateRules extends MySqlSourceUpdateAttributes {

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        Rules.serverSourceUpdate(this, "MySqlSourceUpdate");
    }
}
