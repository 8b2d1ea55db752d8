package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ClickPipe (wire schema {@code ClickPipe}): a managed ingestion pipeline from a source (Kafka, object storage,
 * Kinesis, Pub/Sub, or a Postgres, MySQL, MongoDB or BigQuery database) into a table of a ClickHouse Cloud
 * service. Read from list, get, create, update, scaling and state calls; the API never returns credentials.
 *
 * <pre>{@code
 * ClickPipe pipe = ch.clickPipes(serviceId).get(pipeId);
 * System.out.println(pipe.name() + " " + pipe.state() + " " + pipe.kind().orElse(null));
 * pipe.scaling().flatMap(ClickPipeScaling::replicas).ifPresent(n -> System.out.println(n + " replicas"));
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickPipe.class)
@JsonDeserialize(as = ClickPipe.class)
abstract class ClickPipeDef {
    /**
     * The pipe id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The service the pipe writes to (wire {@code serviceId}).
     *
     * @return the value
     */
    abstract Optional<String> serviceId();

    /**
     * The name, 1 to 255 characters (wire {@code name}); empty if a response leaves it out.
     *
     * @return the value
     */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    String name() {
        return "";
    }

    /**
     * The description; older API versions only (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The lifecycle state (wire {@code state}); {@link ClickPipeState#UNKNOWN} if a response leaves it out.
     *
     * @return the value
     */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    ClickPipeState state() {
        return ClickPipeState.UNKNOWN;
    }

    /**
     * The scaling (wire {@code scaling}).
     *
     * @return the value
     */
    abstract Optional<ClickPipeScaling> scaling();

    /**
     * The source, without credentials (wire {@code source}).
     *
     * @return the value
     */
    abstract Optional<ClickPipeSource> source();

    /**
     * The destination (wire {@code destination}).
     *
     * @return the value
     */
    abstract Optional<ClickPipeDestination> destination();

    /**
     * The field mappings (wire {@code fieldMappings}).
     *
     * @return the value
     */
    abstract List<FieldMapping> fieldMappings();

    /**
     * The advanced settings (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<ClickPipeSettings> settings();

    /**
     * When the pipe was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * When the pipe was last updated (wire {@code updatedAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> updatedAt();

    /**
     * The kind of the pipe's source.
     *
     * @return the kind, or empty when the source is missing or of a kind this SDK does not know
     */
    @JsonIgnore
    public Optional<SourceKind> kind() {
        return source().flatMap(ClickPipeSource::kind);
    }
}
