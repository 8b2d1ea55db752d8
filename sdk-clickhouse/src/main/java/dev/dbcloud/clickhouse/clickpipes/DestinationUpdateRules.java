package dev.dbcloud.clickhouse.clickpipes;

import org.immutables.value.Value;

/**
 * The rules of {@link DestinationUpdate}: what {@code DestinationUpdateAttributes} does not say about it. The
 * generated {@code DestinationUpdateDef} carries its annotations.
 */
abstract class DestinationUpdateRules extends DestinationUpdateAttributes {

    /** Refuses an update without columns, which would be sent as {@code {"columns":[]}}, or with incomplete ones. */
    @Value.Check
    void check() {
        if (columns().isEmpty()) {
            throw new IllegalArgumentException("DestinationUpdate.columns must not be empty: the update replaces the"
                    + " destination's columns and is the only thing it changes");
        }
        Rules.columns(columns(), "DestinationUpdate.columns", Rules.UPDATE);
    }
}
