package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Teams#create(CreateTeamParams)} ({@code TeamCreateRequest}).
 *
 * <pre>{@code
 * CreateTeamParams.builder().name("Analytics").defaultRoleFlavor(RoleFlavor.READ).build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = CreateTeamParams.class)
@JsonDeserialize(as = CreateTeamParams.class)
abstract class CreateTeamParamsDef {
    /** @return the team's name, not blank ({@code name}) */
    abstract String name();

    /** @return the default flavor of members' database roles; the API's default is read-only ({@code default_role_flavor}) */
    abstract Optional<RoleFlavor> defaultRoleFlavor();

    /** @return whether accounts of the team's SSO domain may join on their own ({@code automatic_sso_join_enabled}) */
    abstract Optional<Boolean> automaticSsoJoinEnabled();

    /** Refuses a blank name. */
    @Value.Check
    void check() {
        ParamChecks.text(name(), "name");
    }
}
