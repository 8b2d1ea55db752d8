package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of a password reset (wire schema {@code PostgresServicePasswordResource}). It carries the new
 * password only when the server generated it; it prints as {@code ****}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ResetPasswordResult.class)
@JsonDeserialize(as = ResetPasswordResult.class)
abstract class ResetPasswordResultDef {
    /**
     * The generated password (wire {@code password}); absent when the caller chose the password.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> password();

    /** An empty password is no password: it reads as absent. */
    @Value.Check
    ResetPasswordResultDef normalize() {
        if (password().filter(String::isEmpty).isPresent()) {
            return ResetPasswordResult.builder().build();
        }
        return this;
    }
}
