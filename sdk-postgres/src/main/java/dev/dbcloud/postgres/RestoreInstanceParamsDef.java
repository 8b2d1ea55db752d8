package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
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
@JsonPropertyOrder({"name", "restoreTarget"})
@JsonSerialize(as = RestoreInstanceParams.class)
@JsonDeserialize(as = RestoreInstanceParams.class)
abstract class RestoreInstanceParamsDef implements NewInstanceSettings {
    /**
     * The point in time to restore to (wire {@code restoreTarget}), written in RFC 3339 UTC truncated to whole
     * seconds, such as {@code 2026-03-31T18:17:37Z}.
     *
     * @return the value
     */
    @JsonSerialize(using = Rfc3339.Serializer.class)
    abstract Instant restoreTarget();

    @Value.Check
    void check() {
        NewInstanceSettings.check(this);
    }
}
