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
abstract class PostgresSourceDef implements DatabaseServer, ServerTls, IamRoleAuthentication {
    /**
     * The Postgres flavour; {@code postgres} when absent (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<PostgresSourceType> type();

    /**
     * The database to replicate (wire {@code database}).
     *
     * @return the value
     */
    abstract Optional<String> database();

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
