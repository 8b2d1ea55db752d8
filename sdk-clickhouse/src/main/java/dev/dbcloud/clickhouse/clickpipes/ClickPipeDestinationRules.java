package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link ClickPipeDestination}: what {@code ClickPipeDestinationAttributes} does not say about it. The
 * generated {@code ClickPipeDestinationDef} carries its annotations.
 */
abstract class ClickPipeDestinationRules extends ClickPipeDestinationAttributes {

    /**
     * A destination naming only a database, as database pipes take it.
     *
     * @param database the destination database
     * @return the destination
     */
    public static ClickPipeDestination database(String database) {
        requireNonNull(database, "database == null");
        return ClickPipeDestination.builder().database(database).build();
    }
}
