package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A policy of a role to create or replace (wire schema {@code RBACPolicyCreateRequest}). {@code allowDeny} is
 * required; {@code permissions} and {@code resources} are required too and always sent, empty or not.
 *
 * <pre>{@code
 * RolePolicyParams viewOrg = RolePolicyParams.builder()
 *     .allowDeny(PolicyEffect.ALLOW)
 *     .addPermissions("control-plane:organization:view")
 *     .addResources("organization/" + orgId)
 *     .build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = RolePolicyParams.class)
@JsonDeserialize(as = RolePolicyParams.class)
abstract class RolePolicyParamsDef {
    /**
     * Whether the policy allows or denies (wire {@code allowDeny}); required.
     *
     * @return the value
     */
    abstract PolicyEffect allowDeny();

    /**
     * The permissions to allow or deny, e.g. {@code control-plane:organization:view} (wire {@code permissions}).
     *
     * @return the value
     */
    abstract List<String> permissions();

    /**
     * The resource ids it applies to, e.g. {@code instance/<uuid>} or {@code instance/*} (wire {@code resources}).
     *
     * @return the value
     */
    abstract List<String> resources();

    /**
     * Database grants and SQL console role (wire {@code tags}).
     *
     * @return the value
     */
    abstract Optional<RolePolicyTags> tags();
}
