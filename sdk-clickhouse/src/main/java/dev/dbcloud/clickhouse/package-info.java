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
 * subpackages {@code internal} and {@code shared.internal} are implementation detail: do not use them.
 *
 * <p>Builders refuse nonsense when {@code build()} is called, before anything is sent: a required attribute left
 * unset throws {@link java.lang.IllegalArgumentException} naming the missing attributes (e.g. {@code
 * CreateServiceParams} without {@code region}); a broken rule throws {@link java.lang.IllegalArgumentException}
 * naming the field and the rule.
 *
 * <p>Each resource offers {@code withOptions(RequestOptions)} for per-call options (timeout, retries, headers, poll
 * interval) and {@code withRawResponse()} for the whole {@link dev.dbcloud.core.ApiResponse} of a single request.
 * Workflows that send several requests ({@code waitUntil…}, {@code ensureAwake}, {@code deleteSafely}) list them in
 * their Javadoc; waiters poll with the client's clock and sleeper, every 5 seconds for services unless the options
 * or the client set another {@code pollInterval}.
 *
 * <p>Every parameter and return value in this package is non-null unless documented otherwise; absence is
 * expressed with {@link java.util.Optional}.
 *
 * <p><b>Reading and refusing follow the vendor, not more.</b> A field of a response model is required only when
 * the SDK cannot do its job without it: the resource's id, the state the service waiters read and a tag's key (a
 * tag is its key, see {@link dev.dbcloud.clickhouse.Tag#key()}). Everything else is optional (or a list or map that
 * reads as empty whether the API leaves it out or sends null), whatever the spec's {@code required} list says,
 * because published examples, older API
 * versions and sparse list items leave fields out; unknown fields are ignored and unknown enum values kept. A request
 * is refused before sending only for what the spec's {@code required} lists, the vendor's documentation or the
 * observed behaviour in the SDK's API reference notes require; each rule's Javadoc names its source.
 */
@DbCloudStyle
package dev.dbcloud.clickhouse;

import dev.dbcloud.core.DbCloudStyle;
