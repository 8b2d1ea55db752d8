package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
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
abstract class CreateReadReplicaParamsDef implements NewInstanceSettings {
    @Value.Check
    void check() {
        NewInstanceSettings.check(this);
    }
}
