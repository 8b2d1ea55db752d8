package dev.dbcloud.clickhouse.clickpipes;

/**
 * The kind of a ClickPipe's source: which of the variants of {@link ClickPipeSource} it has. An SDK-side
 * classification, not a wire value; {@link ClickPipeSource#kind()} is empty for a variant this SDK does not know.
 */
public enum SourceKind {
    /** Kafka and Kafka-compatible brokers ({@code source.kafka}). */
    KAFKA("kafka"),
    /** Object storage ({@code source.objectStorage}). */
    OBJECT_STORAGE("objectStorage"),
    /** Amazon Kinesis ({@code source.kinesis}). */
    KINESIS("kinesis"),
    /** Google Cloud Pub/Sub ({@code source.pubsub}). */
    PUBSUB("pubsub"),
    /** Postgres CDC ({@code source.postgres}). */
    POSTGRES("postgres"),
    /** MySQL and MariaDB CDC ({@code source.mysql}). */
    MYSQL("mysql"),
    /** MongoDB CDC ({@code source.mongodb}). */
    MONGODB("mongodb"),
    /** BigQuery snapshots ({@code source.bigquery}). */
    BIGQUERY("bigquery");

    private final String wireKey;

    SourceKind(String wireKey) {
        this.wireKey = wireKey;
    }

    /**
     * The key of the variant in the {@code source} object.
     *
     * @return e.g. {@code objectStorage}
     */
    public String wireKey() {
        return wireKey;
    }

    /**
     * Whether pipes of this kind replicate a database (Postgres, MySQL, MongoDB, BigQuery): they take only a
     * database as destination, share the service's CDC scaling and go through {@code Setup} and {@code Snapshot}.
     *
     * @return true for database pipes
     */
    public boolean isDatabase() {
        return this == POSTGRES || this == MYSQL || this == MONGODB || this == BIGQUERY;
    }
}
