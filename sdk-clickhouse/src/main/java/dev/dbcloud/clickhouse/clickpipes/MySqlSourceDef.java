package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The MySQL or MariaDB source of a CDC ClickPipe (wire field {@code source.mysql}). Responses never carry the
 * credentials.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MySqlSource.class)
@JsonDeserialize(as = MySqlSource.class)
abstract class MySqlSourceDef {
    /**
     * The MySQL flavour; {@code mysql} when absent (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<MySqlSourceType> type();

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
     * The {@code server_id} the pipe declares in the replication topology, 1 to 4294967295 (wire {@code serverId}).
     *
     * @return the value
     */
    abstract Optional<Long> serverId();

    /**
     * The replication settings (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<MySqlPipeSettings> settings();

    /**
     * The tables to replicate (wire {@code tableMappings}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<TableMapping> tableMappings();
}
