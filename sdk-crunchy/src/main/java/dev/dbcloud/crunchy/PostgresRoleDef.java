package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.KeepsUnknownFields;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Postgres role of a cluster ({@code PostgresRole}). Lists leave {@link #password()} and {@link #uri()}
 * empty; getting one role may fill them. Both print as {@code ****} in {@code toString()}. A role read from the
 * API keeps the fields this SDK does not model ({@link #unknownFields()}), so it can be sent back whole.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = PostgresRole.class)
@JsonDeserialize(as = PostgresRole.class)
abstract class PostgresRoleDef implements KeepsUnknownFields {
    /** @return the role name, e.g. {@code application} or {@code u_<account ID>} ({@code name}) */
    abstract String name();

    /** @return the role's privileges ({@code flavor}), if reported */
    abstract Optional<RoleFlavor> flavor();

    /** @return the account the role belongs to ({@code account_id}), if any */
    abstract Optional<String> accountId();

    /** @return that account's email ({@code account_email}), if any */
    abstract Optional<String> accountEmail();

    /** @return the cluster ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /** @return the cluster's team ({@code team_id}) */
    abstract Optional<String> teamId();

    /** @return the role's password ({@code password}), when the API reveals it; redacted in toString */
    @Value.Redacted
    abstract Optional<String> password();

    /** @return a connection URI with the password ({@code uri}), when the API reveals it; redacted in toString */
    @Value.Redacted
    abstract Optional<String> uri();
}
