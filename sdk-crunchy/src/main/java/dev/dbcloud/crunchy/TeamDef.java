package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A team: the owner of clusters and networks, and the unit of billing and access ({@code Team}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Team.class)
@JsonDeserialize(as = Team.class)
abstract class TeamDef {
    /** @return the team's ID ({@code id}) */
    abstract String id();

    /** @return the name ({@code name}) */
    abstract Optional<String> name();

    /** @return whether this is the caller's default team ({@code is_default}) */
    abstract Optional<Boolean> isDefault();

    /** @return whether this is the caller's personal team ({@code is_personal}), if reported */
    abstract Optional<Boolean> isPersonal();

    /** @return the caller's role on the team ({@code role}); empty for a personal team */
    abstract Optional<TeamRole> role();

    /** @return the default flavor of team accounts' database roles ({@code default_role_flavor}) */
    abstract Optional<RoleFlavor> defaultRoleFlavor();

    /** @return the support tier ({@code support_tier}), if one is selected */
    abstract Optional<SupportTier> supportTier();

    /** @return whether members must use multi-factor authentication ({@code enforce_mfa}), if reported */
    abstract Optional<Boolean> enforceMfa();

    /** @return whether members must use SSO ({@code enforce_sso}), if reported */
    abstract Optional<Boolean> enforceSso();

    /** @return the billing email ({@code billing_email}), if set */
    abstract Optional<String> billingEmail();

    /** @return whether the billing email is verified ({@code billing_email_verified}), if reported */
    abstract Optional<Boolean> billingEmailVerified();

    /** @return the technical email ({@code technical_email}), if set */
    abstract Optional<String> technicalEmail();

    /** @return whether the technical email is verified ({@code technical_email_verified}), if reported */
    abstract Optional<Boolean> technicalEmailVerified();

    /** @return the text placed on invoices ({@code invoice_note}), if set */
    abstract Optional<String> invoiceNote();

    /** @return the payment method kind ({@code payment_method}), if any */
    abstract Optional<String> paymentMethod();

    /** @return when the team was created ({@code created_at}) */
    abstract Optional<Instant> createdAt();

    /** @return when the team was last updated ({@code updated_at}) */
    abstract Optional<Instant> updatedAt();
}
