package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to a MySQL source (wire schema {@code ClickPipePatchMySQLSource}); only the fields set are sent.
 *
 * <p>{@code build()} refuses an update that sets nothing, which would be sent as {@code {}}, a port outside 1 to
 * 65535, a blank host and a table mapping to add or remove without its source database ({@code sourceSchemaName}),
 * source table or target table ({@link IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MySqlSourceUpdate.class)
@JsonDeserialize(as = MySqlSourceUpdate.class)
abstract class MySqlSourceUpdateDef {
    /**
     * New credentials (wire {@code credentials}).
     *
     * @return the value
     */
    abstract Optional<UsernamePassword> credentials();

    /**
     * The server host (wire {@code host}).
     *
     * @return the value
     */
    abstract Optional<String> host();

    /**
     * The server port (wire {@code port}).
     *
     * @return the value
     */
    abstract Optional<Integer> port();

    /**
     * How to authenticate (wire {@code authentication}).
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
     * The replication {@code server_id} (wire {@code serverId}).
     *
     * @return the value
     */
    abstract Optional<Long> serverId();

    /**
     * Settings to change (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<DatabasePipeSettingsUpdate> settings();

    /**
     * Tables to start replicating (wire {@code tableMappingsToAdd}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<TableMapping> tableMappingsToAdd();

    /**
     * Tables to stop replicating (wire {@code tableMappingsToRemove}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<TableMapping> tableMappingsToRemove();

    /** Refuses an update that changes nothing, which would be sent as {@code {}}. */
    @Value.Check
    void check() {
        Rules.changesSomething(this, "MySqlSourceUpdate");
        port().ifPresent(p -> Rules.port(p, "MySqlSourceUpdate.port"));
        Rules.host(host(), "MySqlSourceUpdate.host");
        Rules.tableMappings(tableMappingsToAdd(), "MySqlSourceUpdate.tableMappingsToAdd", Rules.UPDATE);
        Rules.tableMappings(tableMappingsToRemove(), "MySqlSourceUpdate.tableMappingsToRemove", Rules.UPDATE);
    }
}
