package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import org.immutables.value.Value;

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
     * Sets the new password to {@code password}.
     *
     * @param password 12 to 1024 characters with a lowercase letter, an uppercase letter and a digit
     * @return the parameters
     * @throws IllegalArgumentException naming the rule the password breaks
     * @throws NullPointerException if {@code password} is null: use {@link #generated()} to let the server
     *     generate one
     */
    public static ResetPasswordParams of(String password) {
        requireNonNull(password, "password == null");
        return ResetPasswordParams.builder().password(password).build();
    }

    @Value.Check
    void check() {
        password().ifPresent(Rules::password);
    }
}
