package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link DestinationTableEngine}: what {@code DestinationTableEngineAttributes} does not say about it. The
 * generated {@code DestinationTableEngineDef} carries its annotations.
 */
abstract class DestinationTableEngineRules extends DestinationTableEngineAttributes {

    /**
     * An engine without parameters.
     *
     * @param type the engine
     * @return the engine
     */
    public static DestinationTableEngine of(DestinationEngineType type) {
        requireNonNull(type, "type == null");
        return DestinationTableEngine.builder().type(type).build();
    }
}
