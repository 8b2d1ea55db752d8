package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of {@link Roles#create(CreateRoleParams)} (wire schema {@code RoleCreateRequest}): a custom role. The
 * name is required; {@code actors} and {@code policies} are required too and always sent, empty or not.
 *
 * <pre>{@code
 * Role viewers = ch.organizations().roles().create(CreateRoleParams.builder()
 *     .name("viewers")
 *     .addActors("user/" + userId)
 *     .addPolicies(RolePolicyParams.builder()
 *         .allowDeny(PolicyEffect.ALLOW)
 *         .addPermissions("control-plane:organization:view")
 *         .addResources("organization/" + orgId)
 *         .build())
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = CreateRoleParams.class)
@JsonDeserialize(as = CreateRoleParams.class)
abstract class CreateRoleParamsDef {
    /**
     * The role name (wire {@code name}); required.
     *
     * @return the value
     */
    abstract String name();

    /**
     * The actor resource ids to give the role, e.g. {@code user/<uuid>} or {@code apiKey/<uuid>} (wire {@code
     * actors}).
     *
     * @return the value
     */
    abstract List<String> actors();

    /**
     * What the role allows or denies (wire {@code policies}).
     *
     * @return the value
     */
    abstract List<RolePolicyParams> policies();
}
