package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * The body of a schema discovery (wire schema {@code ClickPipeSchemaDiscoveryRequest}): a Kafka or Kinesis source
 * as it would be created, whose samples the API reads to infer the columns.
 *
 * <pre>{@code
 * DiscoveredSchema schema = ch.clickPipes(serviceId)
 *     .discoverSchema(SchemaDiscoveryParams.of(ClickPipeSource.kafka(kafka)));
 * schema.fields().forEach(f -> System.out.println(f.name() + " " + f.type()));
 * }</pre>
 *
 * <p>{@code build()} refuses a source that is not exactly one Kafka or Kinesis variant.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = SchemaDiscoveryParams.class)
@JsonDeserialize(as = SchemaDiscoveryParams.class)
abstract class SchemaDiscoveryParamsDef {
    /**
     * The source to sample (wire {@code source}).
     *
     * @return the value
     */
    abstract ClickPipeSource source();

    @Value.Check
    void check() {
        source().requireExactlyOne("source");
        SourceKind kind = source().kinds().get(0);
        if (kind != SourceKind.KAFKA && kind != SourceKind.KINESIS) {
            throw new IllegalArgumentException("source must be kafka or kinesis for schema discovery but is " + kind);
        }
        String need = " is required for schema discovery";
        source().kafka().ifPresent(kafka -> Rules.kafka(kafka, "source.kafka", need));
        source().kinesis().ifPresent(kinesis -> Rules.kinesis(kinesis, "source.kinesis", need));
    }

    /**
     * Discovery of a source.
     *
     * @param source a Kafka or Kinesis source
     * @return the params
     */
    public static SchemaDiscoveryParams of(ClickPipeSource source) {
        return SchemaDiscoveryParams.builder().source(source).build();
    }
}
