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
 * The body of {@link Teams#update(String, UpdateTeamParams)} ({@code TeamUpdateRequest}); a field left empty is not
 * sent and stays as it is.
 *
 * <pre>{@code
 * UpdateTeamParams.builder().name("Analytics").enforceMfa(true).supportTier(SupportTier.PREMIUM).build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = UpdateTeamParams.class)
@JsonDeserialize(as = UpdateTeamParams.class)
abstract class UpdateTeamParamsDef {
    /** @return the new name, not blank ({@code name}) */
    abstract Optional<String> name();

    /** @return the default flavor of members' database roles ({@code default_role_flavor}) */
    abstract Optional<RoleFlavor> defaultRoleFlavor();

    /** @return whether accounts of the team's SSO domain may join on their own ({@code automatic_sso_join_enabled}) */
    abstract Optional<Boolean> automaticSsoJoinEnabled();

    /** @return whether members must use multi-factor authentication ({@code enforce_mfa}) */
    abstract Optional<Boolean> enforceMfa();

    /** @return whether members must sign in through SSO ({@code enforce_sso}) */
    abstract Optional<Boolean> enforceSso();

    /** @return the support tier ({@code support_tier}) */
    abstract Optional<SupportTier> supportTier();

    /** @return the billing email ({@code billing_email}) */
    abstract Optional<String> billingEmail();

    /** @return the technical contact's email ({@code technical_email}) */
    abstract Optional<String> technicalEmail();

    /** @return the text placed on invoices ({@code invoice_note}) */
    abstract Optional<String> invoiceNote();

    /** Refuses a blank name. */
    @Value.Check
    void check() {
        name().ifPresent(name -> ParamChecks.text(name, "name"));
    }
}
