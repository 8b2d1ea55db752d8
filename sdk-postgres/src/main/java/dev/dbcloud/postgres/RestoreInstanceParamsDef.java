package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a point-in-time restore (wire schema {@code PostgresServiceRestoreRequest}): a <em>new</em> instance
 * is created from the source's continuous backup as it was at {@code restoreTarget}.
 *
 * <pre>{@code
 * PostgresInstance restored = pg.instances().restore(sourceId, RestoreInstanceParams.builder()
 *     .name("orders-before-migration")
 *     .restoreTarget(Instant.parse("2026-03-31T18:17:37Z"))
 *     .build());
 * pg.instances().waitUntilRunning(restored.id(), Duration.ofMinutes(60));
 * }</pre>
 *
 * <p>Checked by {@code build()}: as for {@link CreateInstanceParams}.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = RestoreInstanceParams.class)
@JsonDeserialize(as = RestoreInstanceParams.class)
abstract class RestoreInstanceParamsDef {
    /**
     * The new instance's name, 1 to 50 characters (wire {@code name}).
     *
     * @return the value
     */
    abstract String name();

    /**
     * The point in time to restore to (wire {@code restoreTarget}), written in RFC 3339 UTC truncated to whole
     * seconds, such as {@code 2026-03-31T18:17:37Z}.
     *
     * @return the value
     */
    @JsonSerialize(using = Rfc3339.Serializer.class)
    abstract Instant restoreTarget();

    /**
     * The new instance's tags (wire {@code tags}); omitted when empty.
     *
     * @return the value
     */
    abstract List<Tag> tags();

    /**
     * Initial Postgres settings (wire {@code pgConfig}); omitted when unset, and refused when empty.
     *
     * @return the value
     */
    abstract Optional<PgConfig> pgConfig();

    /**
     * Initial PgBouncer settings, names to string values, e.g. {@code default_pool_size=16} (wire
     * {@code pgBouncerConfig}); omitted when empty.
     *
     * @return the value
     */
    abstract Map<String, String> pgBouncerConfig();

    @Value.Check
    void check() {
        Rules.name(name(), "name");
        Rules.tags(tags());
        Rules.initialConfig(pgConfig(), pgBouncerConfig());
    }
}
