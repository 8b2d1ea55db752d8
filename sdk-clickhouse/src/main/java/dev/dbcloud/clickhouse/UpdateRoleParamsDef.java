package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Roles#update(String, UpdateRoleParams)} (wire schema {@code RoleUpdateRequest}). What is left
 * unset is not sent and keeps its value; a list that is set replaces the role's list, an empty one included.
 *
 * <pre>{@code
 * ch.organizations().roles().update(roleId, UpdateRoleParams.builder()
 *     .actors(List.of("user/" + userId, "apiKey/" + keyId))
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateRoleParams.class)
@JsonDeserialize(as = UpdateRoleParams.class)
abstract class UpdateRoleParamsDef {
    /**
     * The new name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The actors that have the role from now on (wire {@code actors}).
     *
     * @return the value
     */
    abstract Optional<List<String>> actors();

    /**
     * The role's policies from now on (wire {@code policies}).
     *
     * @return the value
     */
    abstract Optional<List<RolePolicyParams>> policies();
}
