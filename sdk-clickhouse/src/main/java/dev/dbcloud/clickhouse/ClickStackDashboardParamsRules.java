package dev.dbcloud.clickhouse;

import java.util.List;
import org.immutables.value.Value;

/**
 * The rules of {@link ClickStackDashboardParams}: what {@code ClickStackDashboardParamsAttributes} does not say about
 * it. The generated {@code ClickStackDashboardParamsDef} carries its annotations.
 */
abstract class ClickStackDashboardParamsRules extends ClickStackDashboardParamsAttributes {
    /**
     * The {@code required} lists of {@code ClickStackCreateDashboardRequest} and the schemas of its tiles, filters,
     * saved filter values, containers and tabs.
     */
    private static final List<String> REQUIRED = List.of(
            "name",
            "tiles",
            "tiles[].name",
            "tiles[].x",
            "tiles[].y",
            "tiles[].w",
            "tiles[].h",
            "filters[].type",
            "filters[].name",
            "filters[].expression",
            "filters[].sourceId",
            "savedFilterValues[].condition",
            "containers[].id",
            "containers[].title",
            "containers[].collapsed",
            "containers[].tabs[].id",
            "containers[].tabs[].title");

    /** The specification's required fields; see the type's documentation. */
    @Value.Check
    void check() {
        ClickStackChecks.require(this, REQUIRED, "");
    }
}
