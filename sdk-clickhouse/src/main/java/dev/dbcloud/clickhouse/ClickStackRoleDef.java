package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ClickStack role of a service's team (wire schema {@code ClickStackRole}), custom or predefined, read with
 * {@link ClickStackRoles}. Only the id is required to read one.
 *
 * <pre>{@code
 * for (ClickStackRole r : ch.services().clickStack().roles().list(serviceId)) {
 *     System.out.println(r.name().orElse("") + (r.isPredefined().orElse(false) ? " (predefined)" : ""));
 * }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickStackRole.class)
@JsonDeserialize(as = ClickStackRole.class)
abstract class ClickStackRoleDef {
    /**
     * The role's id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The description (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The permissions the role grants (wire {@code permissions}); empty when absent.
     *
     * @return the value
     */
    abstract List<ClickStackPermission> permissions();

    /**
     * Whether this is a predefined role, which cannot be changed or deleted (wire {@code isPredefined}).
     *
     * @return the value
     */
    abstract Optional<Boolean> isPredefined();

    /**
     * When the role was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * When the role last changed (wire {@code updatedAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> updatedAt();
}
