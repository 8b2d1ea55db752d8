package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ApiKeys#create(CreateApiKeyParams)} (wire schema {@code ApiKeyPostRequest}). Only what was
 * set is sent: the API refuses some properties sent empty.
 *
 * <pre>{@code
 * CreateApiKeyParams params = CreateApiKeyParams.builder()
 *     .name("ci")
 *     .addAssignedRoleIds(developerRoleId)
 *     .expireAt(Instant.parse("2027-01-01T00:00:00Z"))
 *     .addIpAccessList(IpAccessEntry.builder().source("203.0.113.0/24").build())
 *     .build();
 * }</pre>
 *
 * <p>Without {@link #hashData()} the API generates the key id and secret and returns them once; with it, the
 * key is made from the id and secret you hashed. An organization holds at most 100 keys.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = CreateApiKeyParams.class)
@JsonDeserialize(as = CreateApiKeyParams.class)
abstract class CreateApiKeyParamsDef {
    /**
     * The key's name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * When the key expires (wire {@code expireAt}); left out, it never expires.
     *
     * @return the value
     */
    abstract Optional<Instant> expireAt();

    /**
     * The initial state (wire {@code state}); the API enables a key by default.
     *
     * @return the value
     */
    abstract Optional<ApiKeyState> state();

    /**
     * Hashes of a key id and secret of your own (wire {@code hashData}); see {@link ApiKeyHashData#of(String,
     * String)}.
     *
     * @return the value
     */
    abstract Optional<ApiKeyHashData> hashData();

    /**
     * Roles of the time before custom roles (wire {@code roles}).
     *
     * @return the value
     * @deprecated the API marks it deprecated; use {@link #assignedRoleIds()}
     */
    @Deprecated
    abstract List<LegacyRole> roles();

    /**
     * The ids of the roles to assign to the key (wire {@code assignedRoleIds}); see {@link AssignedRole#roleId()}.
     *
     * @return the value
     */
    abstract List<String> assignedRoleIds();

    /**
     * The addresses the key may be used from (wire {@code ipAccessList}).
     *
     * @return the value
     */
    abstract List<IpAccessEntry> ipAccessList();
}
