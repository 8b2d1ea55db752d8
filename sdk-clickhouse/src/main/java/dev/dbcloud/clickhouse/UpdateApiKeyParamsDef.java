package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.Patch;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ApiKeys#update(String, UpdateApiKeyParams)} (wire schema {@code ApiKeyPatchRequest}). What is
 * left unset is not sent and keeps its value; a list that is set replaces the key's list, an empty one included.
 *
 * <pre>{@code
 * ch.organizations().apiKeys().update(keyId, UpdateApiKeyParams.builder()
 *     .state(ApiKeyState.DISABLED)
 *     .expireAt(Patch.ofNull())          // never expires
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateApiKeyParams.class)
@JsonDeserialize(as = UpdateApiKeyParams.class)
abstract class UpdateApiKeyParamsDef {
    /**
     * The new name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * Roles of the time before custom roles (wire {@code roles}).
     *
     * @return the value
     * @deprecated the API marks it deprecated; use {@link #assignedRoleIds()}
     */
    @Deprecated
    abstract Optional<List<LegacyRole>> roles();

    /**
     * The ids of the roles the key has from now on (wire {@code assignedRoleIds}).
     *
     * @return the value
     */
    abstract Optional<List<String>> assignedRoleIds();

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

    /**
     * Enable or disable the key (wire {@code state}).
     *
     * @return the value
     */
    abstract Optional<ApiKeyState> state();

    /**
     * The addresses the key may be used from, replacing the current list (wire {@code ipAccessList}).
     *
     * @return the value
     */
    abstract Optional<List<IpAccessEntry>> ipAccessList();
}
