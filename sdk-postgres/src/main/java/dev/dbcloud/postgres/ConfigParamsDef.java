package dev.dbcloud.postgres;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of a configuration replace or update (wire schema {@code postgresInstanceConfig}). <strong>Both
 * sections are always sent</strong>, an unset one as {@code {}}: the API answers {@code 400 BAD_REQUEST: …
 * 'undefined'} to a body missing either.
 *
 * <pre>{@code
 * ConfigParams change = ConfigParams.builder()
 *     .pgConfig(PgConfig.builder().maxConnections(300).build())
 *     .build();                                  // sends {"pgConfig":{"max_connections":300},"pgBouncerConfig":{}}
 * InstanceConfig result = pg.instances().updateConfig(id, change);        // PATCH: merged
 * result.message().ifPresent(System.out::println);                        // e.g. which keys need a restart
 * }</pre>
 *
 * <p>With {@link Instances#updateConfig(String, ConfigParams)} (PATCH) the keys sent are merged into the
 * current configuration and an empty section changes nothing; with {@link Instances#replaceConfig(String,
 * ConfigParams)} (POST) each section replaces the current one entirely, so an empty section removes every
 * setting of it. Checked by {@code build()}: at most 64 PgBouncer keys.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ConfigParams.class)
@JsonDeserialize(as = ConfigParams.class)
abstract class ConfigParamsDef {
    /**
     * The Postgres settings (wire {@code pgConfig}); empty unless set.
     *
     * @return the value
     */
    @Value.Default
    PgConfig pgConfig() {
        return PgConfig.empty();
    }

    /**
     * The PgBouncer settings, names to string values (wire {@code pgBouncerConfig}); empty unless set.
     *
     * @return the value
     */
    abstract Map<String, String> pgBouncerConfig();

    @Value.Check
    void check() {
        Rules.pgBouncerConfig(pgBouncerConfig());
    }
}
