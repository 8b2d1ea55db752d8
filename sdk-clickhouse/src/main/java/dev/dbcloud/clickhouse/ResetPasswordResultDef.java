package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a password reset: of a ClickHouse Cloud service (wire schema {@code ServicePasswordPatchResponse})
 * or of a ClickHouse Managed Postgres instance ({@code PostgresServicePasswordResource}). It carries the new
 * password only when the server generated it; it prints as {@code ****} in {@code toString()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ResetPasswordResult.class)
@JsonDeserialize(as = ResetPasswordResult.class)
abstract class ResetPasswordResultDef {
    /**
     * The generated password (wire {@code password}), absent when the caller chose the password (or sent its
     * hashes). An empty string from the API reads as absent.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> password();

    /** An empty password is no password. */
    @Value.Check
    ResetPasswordResultDef normalize() {
        if (password().filter(String::isEmpty).isPresent()) {
            return ResetPasswordResult.builder().build();
        }
        return this;
    }
}
