package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a read replica create (wire schema {@code PostgresServiceReadReplicaRequest}). The replica gets the
 * primary's provider, region, size and version; it cannot be updated later (the API refuses name, size, HA and
 * tag changes on replicas), but its configuration can.
 *
 * <pre>{@code
 * PostgresInstance replica = pg.instances().createReadReplica(primaryId,
 *     CreateReadReplicaParams.builder().name("orders-replica").build(),
 *     Duration.ofMinutes(30));    // retry while the young primary has no backup yet
 * }</pre>
 *
 * <p>Checked by {@code build()}: as for {@link CreateInstanceParams}.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = CreateReadReplicaParams.class)
@JsonDeserialize(as = CreateReadReplicaParams.class)
abstract class CreateReadReplicaParamsDef {
    /**
     * The replica's name, 1 to 50 characters (wire {@code name}).
     *
     * @return the value
     */
    abstract String name();

    /**
     * The tags (wire {@code tags}); omitted when empty.
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
