package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * A user name and password (wire schema {@code PLAIN}): the credentials of a Postgres, MySQL or MongoDB pipe,
 * of a Kafka pipe authenticating with {@code PLAIN} or {@code SCRAM-*}, and of a Kafka schema registry. The password
 * prints as {@code ****} in {@code toString()}.
 *
 * <pre>{@code
 * UsernamePassword credentials = UsernamePassword.of("clickpipes", System.getenv("PG_PASSWORD"));
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UsernamePassword.class)
@JsonDeserialize(as = UsernamePassword.class)
abstract class UsernamePasswordDef {
    /**
     * The user name (wire {@code username}).
     *
     * @return the value
     */
    abstract String username();

    /**
     * The password (wire {@code password}); printed as {@code ****} by {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract String password();

    /**
     * Creates credentials.
     *
     * @param username the user name
     * @param password the password
     * @return the credentials
     */
    public static UsernamePassword of(String username, String password) {
        return UsernamePassword.builder().username(username).password(password).build();
    }
}
