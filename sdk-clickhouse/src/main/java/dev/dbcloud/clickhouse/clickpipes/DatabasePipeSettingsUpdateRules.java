package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.clickhouse.internal.UpdateRules;
import org.immutables.value.Value;

/**
 * The rules of {@link DatabasePipeSettingsUpdate}: what {@code DatabasePipeSettingsUpdateAttributes} does not say about it. The
 * generated {@code DatabasePipeSettingsUpdateDef} carries its annotations.
 */
abstract class DatabasePipeSettingsUpdateRules extends DatabasePipeSettingsUpdateAttributes {

    /** Refuses settings that change nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "DatabasePipeSettingsUpdate");
    }
}
