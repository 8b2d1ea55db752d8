package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A pinned filter of a ClickStack saved search (wire schema {@code ClickStackSavedSearchFilter}): a SQL predicate in
 * {@code <column> IN (...)} form.
 *
 * <pre>{@code
 * ClickStackSearchFilter services = ClickStackSearchFilter.sql("ServiceName IN ('checkout', 'payments')");
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickStackSearchFilter.class)
@JsonDeserialize(as = ClickStackSearchFilter.class)
abstract class ClickStackSearchFilterDef {
    /**
     * The filter's kind, always {@code sql} today (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<String> type();

    /**
     * The SQL predicate (wire {@code condition}); the API requires it on writes.
     *
     * @return the value
     */
    abstract Optional<String> condition();

    /**
     * A SQL predicate filter, {@code {"type":"sql","condition":…}}.
     *
     * @param condition the predicate, e.g. {@code ServiceName IN ('checkout')}
     * @return the filter
     */
    public static ClickStackSearchFilter sql(String condition) {
        return ClickStackSearchFilter.builder()
                .type("sql")
                .condition(requireNonNull(condition, "condition == null"))
                .build();
    }
}
