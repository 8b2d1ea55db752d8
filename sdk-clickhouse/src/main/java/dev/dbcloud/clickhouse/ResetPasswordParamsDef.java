package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a service password reset (wire schema {@code ServicePasswordPatchRequest}). Without hashes the
 * server generates a password and returns it; with hashes the password is the one they were computed from, and
 * it never travels. Both hashes print as {@code ****} in {@code toString()}.
 *
 * <pre>{@code
 * ch.services().resetPassword(serviceId, ResetPasswordParams.fromPassword(chosen));   // chosen stays local
 * String generated = ch.services().resetPassword(serviceId, ResetPasswordParams.generated())
 *     .password().orElseThrow();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ResetPasswordParams.class)
@JsonDeserialize(as = ResetPasswordParams.class)
abstract class ResetPasswordParamsDef {
    /**
     * Base64 of the SHA-256 digest of the new password (wire {@code newPasswordHash}); see {@link
     * PasswordHashes#sha256Base64(String)}.
     *
     * @return the hash, empty to let the server generate a password
     */
    @Value.Redacted
    abstract Optional<String> newPasswordHash();

    /**
     * Hex of the double SHA-1 of the new password, for the MySQL protocol (wire {@code newDoubleSha1Hash}); see
     * {@link PasswordHashes#doubleSha1Hex(String)}. Sent as given; the API ignores it unless {@link
     * #newPasswordHash()} is sent too (spec: {@code ServicePasswordPatchRequest.newDoubleSha1Hash}), and then
     * generates the password.
     *
     * @return the hash
     */
    @Value.Redacted
    abstract Optional<String> newDoubleSha1Hash();

    /**
     * Asks the server to generate the new password, which the reset returns.
     *
     * @return the parameters
     */
    public static ResetPasswordParams generated() {
        return ResetPasswordParams.builder().build();
    }

    /**
     * Sets the new password to {@code password} by sending only its two hashes, computed here.
     *
     * @param password the new password; it is not kept
     * @return the parameters
     * @throws NullPointerException if the password is null
     */
    public static ResetPasswordParams fromPassword(String password) {
        requireNonNull(password, "password == null");
        return ResetPasswordParams.builder()
                .newPasswordHash(PasswordHashes.sha256Base64(password))
                .newDoubleSha1Hash(PasswordHashes.doubleSha1Hex(password))
                .build();
    }
}
