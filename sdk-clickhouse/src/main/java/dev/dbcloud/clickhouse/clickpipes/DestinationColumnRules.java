package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link DestinationColumn}: what {@code DestinationColumnAttributes} does not say about it. The
 * generated {@code DestinationColumnDef} carries its annotations.
 */
abstract class DestinationColumnRules extends DestinationColumnAttributes {

    /**
     * Creates a column.
     *
     * @param name the column name
     * @param type the ClickHouse type
     * @return the column
     */
    public static DestinationColumn of(String name, String type) {
        requireNonNull(name, "name == null");
        requireNonNull(type, "type == null");
        return DestinationColumn.builder().name(name).type(type).build();
    }
}
