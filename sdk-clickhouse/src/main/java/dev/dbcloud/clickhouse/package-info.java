/**
 * The ClickHouse Cloud API v1: organizations, services, backups, ClickPipes and their reverse private endpoints.
 *
 * <pre>{@code
 * try (ClickHouseCloudClient ch = ClickHouseCloudClient.fromEnv()) {   // CLICKHOUSE_CLOUD_API_KEY/_SECRET
 *     CreatedService created = ch.services().create(CreateServiceParams.builder()
 *         .name("analytics")
 *         .provider(CloudProvider.AWS)
 *         .region(CloudRegion.US_EAST_1)
 *         .build());
 *     Service running = ch.services().waitUntilRunning(created.service().id(), Duration.ofMinutes(30));
 *     List<Backup> backups = ch.backups().list(running.id());
 *     List<ClickPipe> pipes = ch.clickPipes(running.id()).list();   // models in dev.dbcloud.clickhouse.clickpipes
 * }
 * }</pre>
 *
 * <p>Start with {@link dev.dbcloud.clickhouse.ClickHouseCloudClient}. Models are immutable values with builders;
 * states, regions and other enumerations are forward-compatible {@link dev.dbcloud.core.OpenEnum}s. The
 * subpackage {@code internal} is implementation detail shared with other dbcloud-java modules: do not use it.
 *
 * <p>Builders refuse nonsense when {@code build()} is called, before anything is sent: a required attribute left
 * unset throws {@link java.lang.IllegalArgumentException} naming the missing attributes (e.g. {@code
 * CreateServiceParams} without {@code region}); a broken rule throws {@link java.lang.IllegalArgumentException}
 * naming the field and the rule.
 *
 * <p>Waiters ({@code waitUntil…}, {@code ensureAwake}, {@code deleteSafely}) poll every 5 seconds by default with
 * the client's clock and sleeper, and take {@link dev.dbcloud.core.RequestOptions} applied to every request they
 * send.
 *
 * <p>Every parameter and return value in this package is non-null unless documented otherwise; absence is
 * expressed with {@link java.util.Optional}.
 */
@DbCloudStyle
package dev.dbcloud.clickhouse;

import dev.dbcloud.core.DbCloudStyle;
