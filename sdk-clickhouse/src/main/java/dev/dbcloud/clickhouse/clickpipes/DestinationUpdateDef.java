package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The changes to a pipe's destination (wire schema {@code ClickPipePatchDestination}): the columns the pipe writes.
 * This changes the pipe's configuration only, never the table's schema.
 *
 * <p>{@code build()} refuses an update without columns ({@link IllegalArgumentException}): it would send {@code
 * {"columns":[]}}; and a column without {@code name} or {@code type} ({@code DestinationUpdate.columns[0].type is
 * required to update a pipe}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = DestinationUpdate.class)
@JsonDeserialize(as = DestinationUpdate.class)
abstract class DestinationUpdateDef {
    /**
     * The complete new list of columns (wire {@code columns}).
     *
     * @return the value
     */
    abstract List<DestinationColumn> columns();

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
