package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link ResetPasswordParams}: what {@code ResetPasswordParamsAttributes} does not say about it. The
 * generated {@code ResetPasswordParamsDef} carries its annotations.
 */
abstract class ResetPasswordParamsRules extends ResetPasswordParamsAttributes {

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
