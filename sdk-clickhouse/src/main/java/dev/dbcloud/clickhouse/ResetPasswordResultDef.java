package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of a password reset (wire schema {@code ServicePasswordPatchResponse}). It carries the new password only
 * when the server generated it; it prints as {@code ****} in {@code toString()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ResetPasswordResult.class)
@JsonDeserialize(as = ResetPasswordResult.class)
abstract class ResetPasswordResultDef {
    /**
     * The generated password, absent when hashes were sent (wire {@code password}).
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> password();
}
