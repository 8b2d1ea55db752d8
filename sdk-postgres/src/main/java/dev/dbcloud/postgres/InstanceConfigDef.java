package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An instance's configuration (wire schemas {@code postgresInstanceConfig} and {@code
 * postgresInstanceUpdateConfigResponse}): the Postgres and the PgBouncer settings, and after a change the API's
 * message.
 *
 * <pre>{@code
 * InstanceConfig config = pg.instances().config(id);
 * long maxConnections = config.pgConfig().maxConnections().orElse(100);
 * String poolMode = config.pgBouncerConfig().getOrDefault("pool_mode", "session");
 * }</pre>
 *
 * <p>Values come back as JSON strings even when numeric; {@link PgConfig} offers them typed.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = InstanceConfig.class)
@JsonDeserialize(as = InstanceConfig.class)
abstract class InstanceConfigDef {
    /**
     * The Postgres settings (wire {@code pgConfig}); empty when the API sends none.
     *
     * @return the value
     */
    @Value.Default
    @JsonSetter(nulls = Nulls.SKIP)
    PgConfig pgConfig() {
        return PgConfig.empty();
    }

    /**
     * The PgBouncer settings (wire {@code pgBouncerConfig}).
     *
     * @return the value
     */
    abstract Map<String, String> pgBouncerConfig();

    /**
     * After a change, what the API wants known, e.g. {@code The changes in the following parameters require a
     * database restart to take effect: max_connections.} (wire {@code message}); restart with {@link
     * Instances#restart(String)}.
     *
     * @return the value
     */
    abstract Optional<String> message();

    /**
     * Parameters with both sections of this configuration set (an empty section as empty), to send it back
     * changed, for example with {@link Instances#replaceConfig(String, ConfigParams)}.
     *
     * <pre>{@code
     * InstanceConfig current = pg.instances().config(id);
     * pg.instances().replaceConfig(otherId, current.toParams());
     * }</pre>
     *
     * @return the parameters
     */
    public ConfigParams toParams() {
        return ConfigParams.builder()
                .pgConfig(pgConfig())
                .pgBouncerConfig(pgBouncerConfig())
                .build();
    }
}
