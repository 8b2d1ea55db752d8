package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ClusterRoles#update(String, String, UpdateRoleParams)} ({@code PostgresRoleUpdateRequest}):
 * the role's privileges, or new credentials. Fields left empty are not sent; the verifier prints as {@code ****}.
 *
 * <pre>{@code
 * UpdateRoleParams.builder().rotatePassword(true).build();             // a new random password
 * UpdateRoleParams.builder().flavor(RoleFlavor.READ).build();
 * UpdateRoleParams.builder().passwordScramSha256(verifier).build();     // "SCRAM-SHA-256$4096:…"
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = UpdateRoleParams.class)
@JsonDeserialize(as = UpdateRoleParams.class)
abstract class UpdateRoleParamsDef {
    /** @return the new privileges ({@code flavor}) */
    abstract Optional<RoleFlavor> flavor();

    /**
     * A SCRAM-SHA-256 verifier of a password you chose ({@code password_scram_sha256}), never the password itself;
     * redacted in {@code toString()}.
     *
     * @return the verifier
     */
    @Value.Redacted
    abstract Optional<String> passwordScramSha256();

    /** @return whether the API should replace the password with a new random one ({@code rotate_password}) */
    abstract Optional<Boolean> rotatePassword();
}
