package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ClusterConfigurationParameters#update(String, UpdateConfigurationParametersParams)} ({@code
 * ConfigurationParameterUpdateRequest}): values to set or reset in one batch, and whether Postgres may restart to
 * apply them.
 *
 * <pre>{@code
 * UpdateConfigurationParametersParams.builder()
 *         .addParameters(ConfigurationParameterValue.of("postgres:log_statement", "ddl"))
 *         .addParameters(ConfigurationParameterValue.of("postgres:max_connections", 200))  // requires a restart
 *         .allowRestart(true)
 *         .build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = UpdateConfigurationParametersParams.class)
@JsonDeserialize(as = UpdateConfigurationParametersParams.class)
abstract class UpdateConfigurationParametersParamsDef {
    /** @return the values to set or reset ({@code parameters}); parameters not named keep their values */
    abstract List<ConfigurationParameterValue> parameters();

    /**
     * Whether Postgres may restart to apply the batch ({@code allow_restart}). Parameters the catalogue marks
     * {@link SupportedConfigurationParameter#requiresRestart() requires_restart} (in Postgres, the
     * {@code postmaster} ones such as {@code postgres:max_connections} or {@code postgres:shared_buffers}) take
     * effect only when Postgres restarts. With {@code true}, the API restarts Postgres while applying them, which
     * drops every connection for a moment; other parameters are applied without a restart either way. Without it,
     * the API does not restart Postgres for such a change; the API reference does not say whether it then refuses
     * the change or keeps it until the next restart ({@link Clusters#restart(String, RestartService)}), so send
     * {@code true} when a batch holds such a parameter and a restart is acceptable now.
     *
     * @return whether a restart is allowed; left out of the request when empty
     */
    abstract Optional<Boolean> allowRestart();
}
