package dev.dbcloud.clickhouse.clickpipes;

import org.immutables.value.Value;

/**
 * The rules of {@link ClickPipeSourceUpdate}: what {@code ClickPipeSourceUpdateAttributes} does not say about it. The
 * generated {@code ClickPipeSourceUpdateDef} carries its annotations.
 */
abstract class ClickPipeSourceUpdateRules extends ClickPipeSourceUpdateAttributes {

    @Value.Check
    void check() {
        int set = (kafka().isPresent() ? 1 : 0)
                + (objectStorage().isPresent() ? 1 : 0)
                + (kinesis().isPresent() ? 1 : 0)
                + (pubsub().isPresent() ? 1 : 0)
                + (postgres().isPresent() ? 1 : 0)
                + (mysql().isPresent() ? 1 : 0)
                + (mongodb().isPresent() ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("ClickPipeSourceUpdate must set exactly one of kafka, objectStorage,"
                    + " kinesis, pubsub, postgres, mysql, mongodb but sets " + set);
        }
    }
}
