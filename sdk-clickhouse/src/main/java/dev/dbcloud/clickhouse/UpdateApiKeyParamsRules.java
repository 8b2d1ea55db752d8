package dev.dbcloud.clickhouse;

import dev.dbcloud.core.Patch;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateApiKeyParams}: what {@code UpdateApiKeyParamsAttributes} does not say about it. The
 * generated {@code UpdateApiKeyParamsDef} carries its annotations.
 */
abstract class UpdateApiKeyParamsRules extends UpdateApiKeyParamsAttributes {

    /**
     * When the key expires (wire {@code expireAt}): {@link Patch#of(Object)} sets it, {@link Patch#ofNull()} makes
     * the key never expire, {@link Patch#absent()} (the default) keeps it.
     *
     * @return the change
     */
    @Value.Default
    Patch<Instant> expireAt() {
        return Patch.absent();
    }
}
