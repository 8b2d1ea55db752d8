package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a superuser password reset (wire schema {@code PostgresServiceSetPassword}).
 *
 * <pre>{@code
 * String generated = pg.instances().resetPassword(id, ResetPasswordParams.generated()).password().orElseThrow();
 * pg.instances().resetPassword(id, ResetPasswordParams.of(chosen));      // the answer carries no password
 * }</pre>
 *
 * <p>A chosen password must follow the API's rules, checked before anything is sent: 12 to 1024 characters, with
 * at least one lowercase letter, one uppercase letter and one digit. It prints as {@code ****}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ResetPasswordParams.class)
@JsonDeserialize(as = ResetPasswordParams.class)
abstract class ResetPasswordParamsDef {
    /**
     * The new password (wire {@code password}); empty to let the server generate one.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> password();

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
