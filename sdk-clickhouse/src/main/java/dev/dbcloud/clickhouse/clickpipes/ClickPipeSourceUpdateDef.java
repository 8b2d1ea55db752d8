package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to a pipe's source (wire schema {@code ClickPipePatchSource}): exactly one variant, the pipe's own
 * kind (BigQuery sources cannot be changed). Only the variant that is set is sent.
 *
 * <pre>{@code
 * ClickPipeSourceUpdate.postgres(PostgresSourceUpdate.builder()
 *     .addTableMappingsToAdd(TableMapping.of("public", "orders", "public_orders"))
 *     .build());
 * }</pre>
 *
 * <p>{@code build()} refuses no variant or several with {@link IllegalArgumentException}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickPipeSourceUpdate.class)
@JsonDeserialize(as = ClickPipeSourceUpdate.class)
abstract class ClickPipeSourceUpdateDef {
    /**
     * Changes to a Kafka source (wire {@code kafka}).
     *
     * @return the value
     */
    abstract Optional<KafkaSourceUpdate> kafka();

    /**
     * Changes to an object storage source (wire {@code objectStorage}).
     *
     * @return the value
     */
    abstract Optional<ObjectStorageSourceUpdate> objectStorage();

    /**
     * Changes to a Kinesis source (wire {@code kinesis}).
     *
     * @return the value
     */
    abstract Optional<KinesisSourceUpdate> kinesis();

    /**
     * Changes to a Pub/Sub source (wire {@code pubsub}).
     *
     * @return the value
     */
    abstract Optional<PubSubSourceUpdate> pubsub();

    /**
     * Changes to a Postgres source (wire {@code postgres}).
     *
     * @return the value
     */
    abstract Optional<PostgresSourceUpdate> postgres();

    /**
     * Changes to a MySQL source (wire {@code mysql}).
     *
     * @return the value
     */
    abstract Optional<MySqlSourceUpdate> mysql();

    /**
     * Changes to a MongoDB source (wire {@code mongodb}).
     *
     * @return the value
     */
    abstract Optional<MongoDbSourceUpdate> mongodb();

    /**
     * Whether data samples are validated (wire {@code validateSamples}).
     *
     * @return the value
     */
    abstract Optional<Boolean> validateSamples();

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
