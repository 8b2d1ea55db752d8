package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.internal.UpdateRules;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to an object storage source (wire schema {@code ClickPipePatchObjectStorageSource}); only the
 * fields set are sent.
 *
 * <p>{@code build()} refuses an update that sets nothing, which would be sent as {@code {}} ({@link
 * IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ObjectStorageSourceUpdate.class)
@JsonDeserialize(as = ObjectStorageSourceUpdate.class)
abstract class ObjectStorageSourceUpdateDef implements ObjectStorageAccess {
    /**
     * Whether to skip the initial load (wire {@code skipInitialLoad}).
     *
     * @return the value
     */
    abstract Optional<Boolean> skipInitialLoad();

    /**
     * Skip every object key up to and including this one during the initial load (wire {@code startAfter}).
     *
     * @return the value
     */
    abstract Optional<String> startAfter();

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "ObjectStorageSourceUpdate");
    }
}
