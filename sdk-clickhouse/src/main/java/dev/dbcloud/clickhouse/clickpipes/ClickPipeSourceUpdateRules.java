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

    /**
     * Changes to a Kafka source.
     *
     * @param kafka the changes
     * @return the source update
     */
    public static ClickPipeSourceUpdate kafka(KafkaSourceUpdate kafka) {
        return ClickPipeSourceUpdate.builder().kafka(kafka).build();
    }

    /**
     * Changes to an object storage source.
     *
     * @param objectStorage the changes
     * @return the source update
     */
    public static ClickPipeSourceUpdate objectStorage(ObjectStorageSourceUpdate objectStorage) {
        return ClickPipeSourceUpdate.builder().objectStorage(objectStorage).build();
    }

    /**
     * Changes to a Kinesis source.
     *
     * @param kinesis the changes
     * @return the source update
     */
    public static ClickPipeSourceUpdate kinesis(KinesisSourceUpdate kinesis) {
        return ClickPipeSourceUpdate.builder().kinesis(kinesis).build();
    }

    /**
     * Changes to a Pub/Sub source.
     *
     * @param pubsub the changes
     * @return the source update
     */
    public static ClickPipeSourceUpdate pubsub(PubSubSourceUpdate pubsub) {
        return ClickPipeSourceUpdate.builder().pubsub(pubsub).build();
    }

    /**
     * Changes to a Postgres source.
     *
     * @param postgres the changes
     * @return the source update
     */
    public static ClickPipeSourceUpdate postgres(PostgresSourceUpdate postgres) {
        return ClickPipeSourceUpdate.builder().postgres(postgres).build();
    }

    /**
     * Changes to a MySQL source.
     *
     * @param mysql the changes
     * @return the source update
     */
    public static ClickPipeSourceUpdate mysql(MySqlSourceUpdate mysql) {
        return ClickPipeSourceUpdate.builder().mysql(mysql).build();
    }

    /**
     * Changes to a MongoDB source.
     *
     * @param mongodb the changes
     * @return the source update
     */
    public static ClickPipeSourceUpdate mongodb(MongoDbSourceUpdate mongodb) {
        return ClickPipeSourceUpdate.builder().mongodb(mongodb).build();
    }
}
