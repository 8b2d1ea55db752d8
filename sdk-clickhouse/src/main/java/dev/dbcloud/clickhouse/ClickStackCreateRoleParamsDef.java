package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ClickStackRoles#create} (wire schema {@code ClickStackCreateRoleRequest}).
 *
 * <pre>{@code
 * ClickStackCreateRoleParams deployBot = ClickStackCreateRoleParams.builder()
 *         .name("Deploy Bot").description("Manages dashboards via Terraform")
 *         .addPermissions(ClickStackPermission.of("manage", "dashboard"))
 *         .build();
 * }</pre>
 *
 * <p>{@code name} is required, and each permission needs {@code action} and {@code subject}, as the specification
 * says: {@code build()} throws {@link IllegalArgumentException} naming the field. {@code permissions} is always
 * sent, as {@code []} when none are set.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickStackCreateRoleParams.class)
@JsonDeserialize(as = ClickStackCreateRoleParams.class)
abstract class ClickStackCreateRoleParamsDef {
    /**
     * The name, unique within the team and no predefined role's (wire {@code name}); required.
     *
     * @return the value
     */
    abstract String name();

    /**
     * The description (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The permissions to grant (wire {@code permissions}).
     *
     * @return the value
     */
    abstract List<ClickStackPermission> permissions();

    /** The specification's rules; see the type's documentation. */
    @Value.Check
    void check() {
        ClickStackPermissionDef.checkWritable(permissions());
    }
}
