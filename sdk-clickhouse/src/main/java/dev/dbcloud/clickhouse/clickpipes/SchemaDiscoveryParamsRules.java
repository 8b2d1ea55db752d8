package dev.dbcloud.clickhouse.clickpipes;

import org.immutables.value.Value;

/**
 * The rules of {@link SchemaDiscoveryParams}: what {@code SchemaDiscoveryParamsAttributes} does not say about it. The
 * generated {@code SchemaDiscoveryParamsDef} carries its annotations.
 */
abstract class SchemaDiscoveryParamsRules extends SchemaDiscoveryParamsAttributes {

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
