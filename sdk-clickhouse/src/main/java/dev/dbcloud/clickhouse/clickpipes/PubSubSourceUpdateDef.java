package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.internal.UpdateRules;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to a Pub/Sub source (wire schema {@code ClickPipePatchPubSubSource}); only the fields set are sent.
 *
 * <p>{@code build()} refuses an update that sets nothing, which would be sent as {@code {}} ({@link
 * IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = PubSubSourceUpdate.class)
@JsonDeserialize(as = PubSubSourceUpdate.class)
abstract class PubSubSourceUpdateDef {
    /**
     * How to authenticate (wire {@code authentication}).
     *
     * @return the value
     */
    abstract Optional<PubSubAuthentication> authentication();

    /**
     * A new service account key (wire {@code serviceAccountKey}).
     *
     * @return the value
     */
    abstract Optional<ServiceAccountKey> serviceAccountKey();

    /**
     * The acknowledgement deadline in seconds, 10 to 600 (wire {@code ackDeadline}).
     *
     * @return the value
     */
    abstract Optional<Integer> ackDeadline();

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "PubSubSourceUpdate");
    }
}
