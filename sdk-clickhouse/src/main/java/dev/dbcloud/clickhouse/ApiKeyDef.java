package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An API key of the organization (wire schema {@code ApiKey}), as listed, read or updated. It never carries the
 * key's secret: only {@link ApiKeys#create(CreateApiKeyParams)} returns that, once.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ApiKey.class)
@JsonDeserialize(as = ApiKey.class)
abstract class ApiKeyDef {
    /**
     * The key's id in the API (wire {@code id}), the {@code keyId} of {@link ApiKeys#get(String)}, {@link
     * ApiKeys#update(String, UpdateApiKeyParams)} and {@link ApiKeys#delete(String)}. It is not the key id used
     * as the Basic auth user name.
     *
     * @return the value
     */
    abstract String id();

    /**
     * The key's name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * Enabled or disabled (wire {@code state}).
     *
     * @return the value
     */
    abstract Optional<ApiKeyState> state();

    /**
     * The roles of the time before custom roles (wire {@code roles}); frozen for organizations that moved to
     * custom roles.
     *
     * @return the value
     * @deprecated the API marks it deprecated; read {@link #assignedRoles()}
     */
    @Deprecated
    abstract List<LegacyRole> roles();

    /**
     * The system and custom roles assigned to the key (wire {@code assignedRoles}).
     *
     * @return the value
     */
    abstract List<AssignedRole> assignedRoles();

    /**
     * The last 4 characters of the key (wire {@code keySuffix}), to tell keys apart.
     *
     * @return the value
     */
    abstract Optional<String> keySuffix();

    /**
     * When it was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * When it expires (wire {@code expireAt}); absent when it never expires.
     *
     * @return the value
     */
    abstract Optional<Instant> expireAt();

    /**
     * When it was last used, to the minute (wire {@code usedAt}); absent when never used.
     *
     * @return the value
     */
    abstract Optional<Instant> usedAt();

    /**
     * The addresses the key may be used from (wire {@code ipAccessList}).
     *
     * @return the value
     */
    abstract List<IpAccessEntry> ipAccessList();
}
