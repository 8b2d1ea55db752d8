package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.ClickStackChecks.require;

import org.immutables.value.Value;

/**
 * The rules of {@link ClickStackDashboardParams}: what {@code ClickStackDashboardParamsAttributes} does not say about
 * it. The generated {@code ClickStackDashboardParamsDef} carries its annotations.
 */
abstract class ClickStackDashboardParamsRules extends ClickStackDashboardParamsAttributes {

    /** The specification's required fields; see the type's documentation. */
    @Value.Check
    void check() {
        require(name(), "name", "");
        for (int i = 0; i < tiles().size(); i++) {
            ClickStackTile tile = tiles().get(i);
            String at = "tiles[" + i + "].";
            require(tile.name(), at + "name", "");
            require(tile.x(), at + "x", "");
            require(tile.y(), at + "y", "");
            require(tile.w(), at + "w", "");
            require(tile.h(), at + "h", "");
        }
        for (int i = 0; i < filters().size(); i++) {
            ClickStackDashboardFilter filter = filters().get(i);
            String at = "filters[" + i + "].";
            require(filter.type(), at + "type", "");
            require(filter.name(), at + "name", "");
            require(filter.expression(), at + "expression", "");
            require(filter.sourceId(), at + "sourceId", "");
        }
        for (int i = 0; i < savedFilterValues().size(); i++) {
            require(savedFilterValues().get(i).condition(), "savedFilterValues[" + i + "].condition", "");
        }
        for (int i = 0; i < containers().size(); i++) {
            ClickStackDashboardContainer container = containers().get(i);
            String at = "containers[" + i + "].";
            require(container.id(), at + "id", "");
            require(container.title(), at + "title", "");
            require(container.collapsed(), at + "collapsed", "");
            for (int j = 0; j < container.tabs().size(); j++) {
                require(container.tabs().get(j).id(), at + "tabs[" + j + "].id", "");
                require(container.tabs().get(j).title(), at + "tabs[" + j + "].title", "");
            }
        }
    }
}
