package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Postgres source of a CDC ClickPipe (wire field {@code source.postgres}). Responses never carry the
 * credentials. Its destination is only a database: {@code ClickPipeDestination.database("default")}.
 *
 * <p>A response may leave out any field the spec does not require, so {@code host}, {@code port} (1 to 65535) and
 * {@code database} are optional here: {@link CreateClickPipeParams} refuses a create without them ({@link
 * IllegalArgumentException} naming the field).
 *
 * <pre>{@code
 * PostgresSource pg = PostgresSource.builder()
 *     .host("my-postgres-server.example.com").port(5432).database("production_db")
 *     .authentication(DatabaseAuthentication.BASIC)
 *     .credentials(UsernamePassword.of("clickpipes", password))
 *     .settings(PostgresPipeSettings.builder().replicationMode(ReplicationMode.CDC).build())
 *     .addTableMappings(TableMapping.of("public", "users", "public_users"))
 *     .build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = PostgresSource.class)
@JsonDeserialize(as = PostgresSource.class)
abstract class PostgresSourceDef {
    /**
     * The Postgres flavour; {@code postgres} when absent (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<PostgresSourceType> type();

    /**
     * The server host name or IP address, or a reverse private endpoint's host name (wire {@code host}).
     *
     * @return the value
     */
    abstract Optional<String> host();

    /**
     * The server port, 1 to 65535 (wire {@code port}).
     *
     * @return the value
     */
    abstract Optional<Integer> port();

    /**
     * The database to replicate (wire {@code database}).
     *
     * @return the value
     */
    abstract Optional<String> database();

    /**
     * The user name and password; never returned by the API (wire {@code credentials}).
     *
     * @return the value
     */
    abstract Optional<UsernamePassword> credentials();

    /**
     * How to authenticate ({@code basic} or {@code IAM_ROLE}) (wire {@code authentication}).
     *
     * @return the value
     */
    abstract Optional<DatabaseAuthentication> authentication();

    /**
     * The IAM role ARN, with {@code IAM_ROLE} (wire {@code iamRole}).
     *
     * @return the value
     */
    abstract Optional<String> iamRole();

    /**
     * The host name to verify the TLS certificate against (wire {@code tlsHost}).
     *
     * @return the value
     */
    abstract Optional<String> tlsHost();

    /**
     * A PEM encoded CA certificate to validate the server (wire {@code caCertificate}).
     *
     * @return the value
     */
    abstract Optional<String> caCertificate();

    /**
     * Whether TLS is disabled (wire {@code disableTls}).
     *
     * @return the value
     */
    abstract Optional<Boolean> disableTls();

    /**
     * Whether the server certificate is not verified (wire {@code skipCertVerification}).
     *
     * @return the value
     */
    abstract Optional<Boolean> skipCertVerification();

    /**
     * The replication settings (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<PostgresPipeSettings> settings();

    /**
     * The tables to replicate (wire {@code tableMappings}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<TableMapping> tableMappings();
}
