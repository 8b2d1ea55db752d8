/**
 * ClickHouse Managed Postgres: Postgres instances managed through the ClickHouse Cloud API v1 ({@code
 * /v1/organizations/{organizationId}/postgres}), with the same API keys as ClickHouse Cloud.
 *
 * <pre>{@code
 * try (ManagedPostgresClient pg = ManagedPostgresClient.fromEnv()) {   // CLICKHOUSE_CLOUD_API_KEY/_SECRET
 *     PostgresInstance created = pg.instances().create(CreateInstanceParams.builder()
 *         .name("orders")
 *         .region(CloudRegion.US_WEST_2)
 *         .size(InstanceSize.R8GD_LARGE)
 *         .build());
 *     String password = created.password().orElseThrow();   // only the create answer carries it
 *     pg.instances().waitUntilRunning(created.id(), Duration.ofMinutes(30));
 * }
 * }</pre>
 *
 * <p>Start with {@link dev.dbcloud.postgres.ManagedPostgresClient}, on its own or built from a {@code
 * ClickHouseCloudClient} to share its connection pool; then {@link dev.dbcloud.postgres.Instances}. Tags, cloud
 * providers and regions are the ClickHouse Cloud types {@code Tag}, {@code CloudProvider} and {@code CloudRegion}
 * of {@code dev.dbcloud.clickhouse}. Models are immutable values with builders; states, sizes and other
 * enumerations are forward-compatible {@link dev.dbcloud.core.OpenEnum}s.
 *
 * <p>Builders refuse nonsense when {@code build()} is called, before anything is sent: a required attribute left
 * unset, or a broken rule of the API (name length, tag rules, password rules, slow query limits), throws {@link
 * java.lang.IllegalArgumentException} naming the field and the rule.
 *
 * <p>Every parameter and return value in this package is non-null unless documented otherwise; absence is
 * expressed with {@link java.util.Optional}.
 *
 * <p><b>Reading and refusing follow the vendor, not more.</b> A field of a response model is required only when
 * the SDK cannot do its job without it: the resource's id (a slow query pattern's {@code queryId}, a tag's key). Everything else is optional (or a
 * list or map that reads as empty whether the API leaves it out or sends null), whatever the spec's {@code required} list says, because published examples, older API
 * versions and sparse list items leave fields out; unknown fields are ignored and unknown enum values kept. A request
 * is refused before sending only for what the spec's {@code required} lists, the vendor's documentation or the
 * observed behaviour in the SDK's API reference notes require; each rule's Javadoc names its source.
 */
@DbCloudStyle
package dev.dbcloud.postgres;

import dev.dbcloud.core.DbCloudStyle;
