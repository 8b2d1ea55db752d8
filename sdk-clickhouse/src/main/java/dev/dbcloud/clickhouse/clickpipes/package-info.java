/**
 * The models of ClickHouse Cloud ClickPipes and their reverse private endpoints, used through {@link
 * ClickPipes} ({@code ch.clickPipes(serviceId)}), the resource in this package, and its {@link
 * ReversePrivateEndpoints}.
 *
 * <pre>{@code
 * ClickPipe pipe = ch.clickPipes(serviceId).create(CreateClickPipeParams.builder()
 *     .name("logs")
 *     .source(ClickPipeSource.objectStorage(ObjectStorageSource.builder()
 *         .type(ObjectStorageType.S3)
 *         .format(ObjectStorageFormat.JSON_EACH_ROW)
 *         .url("https://datasets-documentation.s3.eu-west-3.amazonaws.com/http/**.ndjson.gz")
 *         .build()))
 *     .destination(ClickPipeDestination.builder()
 *         .database("default").table("logs").managedTable(true)
 *         .tableDefinition(TableDefinition.builder()
 *             .engine(DestinationTableEngine.of(DestinationEngineType.MERGE_TREE)).build())
 *         .addColumns(DestinationColumn.of("message", "String"))
 *         .build())
 *     .addFieldMappings(FieldMapping.of("message", "message"))
 *     .build());
 * }</pre>
 *
 * <p>A {@link dev.dbcloud.clickhouse.clickpipes.ClickPipeSource} has one variant per source kind (Kafka, object
 * storage, Kinesis, Pub/Sub, Postgres, MySQL, MongoDB, BigQuery); only the variant that is set is sent. Enumerations
 * are forward-compatible {@link dev.dbcloud.core.OpenEnum}s spelled exactly as the API does (which mixes cases:
 * {@code IAM_ROLE} but Postgres {@code basic}, PascalCase pipe states). Every credential a source carries
 * (passwords, secret keys, connection strings, private keys, service account keys, MongoDB URIs) prints as {@code
 * ****} in {@code toString()}; the API never returns them.
 *
 * <p>The same types describe a pipe in requests and in responses. Reading is tolerant: a field the API may omit
 * (almost every field of a source, a destination's {@code database}, scaling quantities it cannot parse) is an
 * {@link java.util.Optional}, so one sparse pipe never breaks {@code list()} or the waiters. Writing is strict:
 * builders refuse nonsense when {@code build()} is called, before anything is sent. A required attribute left unset
 * throws {@link java.lang.IllegalArgumentException} naming it; a broken rule of the reference or spec (a create
 * whose source has no variant or two, or lacks a field a create needs, a database pipe's destination with a table,
 * an empty object that would be sent as {@code {}}) throws {@link java.lang.IllegalArgumentException} naming the
 * field and the rule; see {@link dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams}. Every parameter and
 * return value is non-null unless documented otherwise; absence is expressed with {@link java.util.Optional}.
 *
 * <p><b>Reading and refusing follow the vendor, not more.</b> A field of a response model is required only when
 * the SDK cannot do its job without it: the resource's id and the state the pipe waiters read. Everything else is optional (or a
 * list or map that reads as empty whether the API leaves it out or sends null), whatever the spec's {@code required} list says, because published examples, older API
 * versions and sparse list items leave fields out; unknown fields are ignored and unknown enum values kept. A request
 * is refused before sending only for what the spec's {@code required} lists, the vendor's documentation or the
 * observed behaviour in the SDK's API reference notes require; each rule's Javadoc names its source.
 */
@DbCloudStyle
package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.core.DbCloudStyle;
