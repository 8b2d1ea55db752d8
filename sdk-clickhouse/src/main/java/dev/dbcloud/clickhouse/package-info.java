/**
 * The ClickHouse Cloud API v1: organizations, services and backups.
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
 * }
 * }</pre>
 *
 * <p>Start with {@link dev.dbcloud.clickhouse.ClickHouseCloudClient}. Models are immutable values with builders;
 * states, regions and other enumerations are forward-compatible {@link dev.dbcloud.core.OpenEnum}s. The
 * subpackage {@code internal} is implementation detail shared with other dbcloud-java modules: do not use it.
 *
 * <p>Every parameter and return value in this package is non-null unless documented otherwise; absence is
 * expressed with {@link java.util.Optional}.
 */
@DbCloudStyle
package dev.dbcloud.clickhouse;

import dev.dbcloud.core.DbCloudStyle;
