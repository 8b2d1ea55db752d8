package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link ClickStackSearchFilter}: what {@code ClickStackSearchFilterAttributes} does not say about it. The
 * generated {@code ClickStackSearchFilterDef} carries its annotations.
 */
abstract class ClickStackSearchFilterRules extends ClickStackSearchFilterAttributes {

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
