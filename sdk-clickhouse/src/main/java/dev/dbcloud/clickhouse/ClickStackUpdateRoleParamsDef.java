package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ClickStackRoles#update} (wire schema {@code ClickStackUpdateRoleRequest}): the replacement set
 * of permissions, and a new name or description if set.
 *
 * <pre>{@code
 * ClickStackUpdateRoleParams readOnly = ClickStackUpdateRoleParams.builder()
 *         .addPermissions(ClickStackPermission.of("read", "dashboard"))
 *         .build();                                   // the name is left unchanged
 * }</pre>
 *
 * <p>{@code permissions} is always sent (the specification requires it; {@code []} when none are set), and each
 * needs {@code action} and {@code subject}: {@code build()} throws {@link IllegalArgumentException} naming the
 * field. A name left out leaves the name unchanged.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickStackUpdateRoleParams.class)
@JsonDeserialize(as = ClickStackUpdateRoleParams.class)
abstract class ClickStackUpdateRoleParamsDef {
    /**
     * The new name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The new description (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The permissions that replace the role's (wire {@code permissions}).
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
